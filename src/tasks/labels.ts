/**
 * Words shared by the grader's explanations and the UI, gathered from the kinds that own them. Pure.
 * Each kind's labels live in its folder; this module only re-exports them for screens that show
 * more than one kind.
 */
export { ruleLabel } from './common/labels.ts';
export { DEFICIENCY_LABELS } from './complete/labels.ts';
export { AUTHORIZATION_LABELS, REQUEST_TYPE_LABELS } from './retrieve/labels.ts';
export { KIND_LABELS } from './work.ts';
