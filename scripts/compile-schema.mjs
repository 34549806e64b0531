// Precompiles schemas/plan.schema.json into dist/generated/plan-schema-validate.cjs with the
// same Ajv settings as the runtime (dist/core/check-plan-schema.js), so `plan` does not
// compile the schema at every start. Run by `npm run build`, after tsc.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createPlanAjv } from '../dist/core/check-plan-schema.js';

const schema = JSON.parse(readFileSync(new URL('../schemas/plan.schema.json', import.meta.url)));
const ajv = createPlanAjv(schema, true);
const validate = ajv.getSchema(schema.$id);
const code = standaloneCode.default(ajv, validate);
const dir = new URL('../dist/generated/', import.meta.url);
mkdirSync(dir, { recursive: true });
const target = new URL('plan-schema-validate.cjs', dir);
const temp = new URL('plan-schema-validate.cjs.tmp', dir);
writeFileSync(temp, code);
renameSync(temp, target);
