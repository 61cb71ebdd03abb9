// A translation file read as a flat list of (dotted key, text), for the checks over them.
export type Tree = { [key: string]: string | Tree };

export function entriesOf(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entriesOf(value, `${prefix}${key}.`),
  );
}
