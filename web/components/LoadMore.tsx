import { useTranslation } from "react-i18next";
import { Button } from "./Button.tsx";

/** "Load more" for cursor-paginated lists; hidden once the last page is loaded. */
export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}) {
  const { t } = useTranslation();
  if (!hasNextPage) return null;
  return (
    <div className="flex justify-center">
      <Button variant="secondary" loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
        {isFetchingNextPage ? t("common.loadingMore") : t("common.loadMore")}
      </Button>
    </div>
  );
}
