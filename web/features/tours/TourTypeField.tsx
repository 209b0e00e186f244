import { useTranslation } from "react-i18next";
import { TOUR_TYPES, type TourType } from "../../../shared/tours/constants.ts";
import { RadioGroup } from "../../components/RadioGroup.tsx";

/** The three kinds of tour from the book, each with a line of guidance so the choice is an informed one. */
export function TourTypeField({
  value,
  onChange,
  error,
}: {
  value: TourType;
  onChange: (type: TourType) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroup<TourType>
      legend={t("tours.fields.type")}
      name="tour-type"
      value={value}
      onChange={onChange}
      error={error}
      options={TOUR_TYPES.map((type) => ({
        value: type,
        label: t(`tours.types.${type}`),
        description: t(`tours.typeGuidance.${type}`),
      }))}
    />
  );
}
