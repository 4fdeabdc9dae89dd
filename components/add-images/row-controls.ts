import type { Dispatch } from "react";
import type { Action, FieldName, Row } from "./types";

/** The id of each field's control in a row, and the props all of the row's controls share. */
export function rowControls(row: Row, locked: boolean, dispatch: Dispatch<Action>) {
  const id = (field: FieldName) => `${row.id}-${field}`;
  const set = (field: FieldName) => (event: { target: { value: string } }) =>
    dispatch({ type: "set-field", id: row.id, field, value: event.target.value });
  const common = (field: FieldName, describedBy: string | undefined) => ({
    id: id(field),
    name: field,
    value: row.fields[field],
    onChange: set(field),
    disabled: locked,
    "aria-describedby": describedBy,
  });
  return { id, common };
}

export type RowControls = ReturnType<typeof rowControls>;
