// A small JSON Schema checker for the subset schema/attrib.schema.json uses ($ref, oneOf,
// type, enum, const, required, properties, additionalProperties, items, minimum), so the
// tests can hold the real output to the published schema without a validator dependency.
type Schema = Record<string, unknown>;

function typeOk(t: string, v: unknown): boolean {
  switch (t) {
    case 'null': return v === null;
    case 'string': return typeof v === 'string';
    case 'boolean': return typeof v === 'boolean';
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'integer': return Number.isInteger(v);
    case 'array': return Array.isArray(v);
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    default: return false;
  }
}

/** The errors found (empty when `value` matches `schema`), each with its JSON path. */
export function validate(root: Schema, schema: Schema, value: unknown, path = '$'): string[] {
  if (typeof schema['$ref'] === 'string') {
    const name = schema['$ref'].replace('#/$defs/', '');
    const target = (root['$defs'] as Record<string, Schema>)[name];
    if (!target) return [`${path}: unknown $ref ${schema['$ref']}`];
    return validate(root, target, value, path);
  }
  if (Array.isArray(schema['oneOf'])) {
    const ok = (schema['oneOf'] as Schema[]).filter((s) => validate(root, s, value, path).length === 0).length;
    return ok === 1 ? [] : [`${path}: matches ${ok} of oneOf`];
  }
  const errors: string[] = [];
  if (schema['type'] !== undefined) {
    const types = ([] as string[]).concat(schema['type'] as string | string[]);
    if (!types.some((t) => typeOk(t, value))) return [`${path}: expected ${types.join('|')}, got ${JSON.stringify(value)}`];
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if ('const' in schema && schema['const'] !== value) errors.push(`${path}: expected ${JSON.stringify(schema['const'])}`);
  if (typeof schema['minimum'] === 'number' && typeof value === 'number' && value < schema['minimum']) errors.push(`${path}: below minimum`);
  if (Array.isArray(value) && schema['items']) value.forEach((v, i) => errors.push(...validate(root, schema['items'] as Schema, v, `${path}[${i}]`)));
  if (typeOk('object', value)) {
    const obj = value as Record<string, unknown>;
    const props = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[]) if (!(key in obj)) errors.push(`${path}: missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...validate(root, props[key], v, `${path}.${key}`));
      else if (schema['additionalProperties'] === false) errors.push(`${path}: unexpected ${key}`);
    }
  }
  return errors;
}
