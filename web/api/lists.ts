import { type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import { api, withQuery } from "./client.ts";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const PAGE_SIZE = 20;

/** A cursor-paginated list: pages are fetched one after another with the previous page's nextCursor. */
export function useCursorList<T>(
  queryKey: QueryKey,
  path: string,
  params: Record<string, string | undefined> = {},
  options: { enabled?: boolean } = {},
) {
  const query = useInfiniteQuery({
    queryKey: [...queryKey, params],
    queryFn: ({ pageParam }) =>
      api<Page<T>>("GET", withQuery(path, { ...params, cursor: pageParam, limit: PAGE_SIZE })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}
