// What `npm run compile` (scripts/compile.mjs) prepares once beside the compiled code, so that a run's first
// case does not: the DOCX parts of the embedded Latin faces and the case schema's validator.
export { prepareFonts } from './render/prepare-fonts.js';
export { caseValidatorModule } from './stages/validate.js';
