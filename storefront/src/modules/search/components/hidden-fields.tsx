/** A GET form's other parameters, carried along as hidden fields (the words, the filters). */
export const HiddenFields = ({ params }: { params: Record<string, string> }) =>
  Object.entries(params).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ))
