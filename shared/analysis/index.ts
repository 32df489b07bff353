export { analyzePaths } from './analyze';
export { describeLean } from './describe';
export { DEFAULT_THRESHOLDS, type AnalysisOptions, type Thresholds } from './options';
export type * from './types';
export {
  baselineDays,
  compareExperiment,
  type ExperimentComparison,
  type ExperimentPlan,
  type ExperimentSpan,
  type ExperimentVerdict,
} from './experiment';
export {
  assessReadiness,
  outlookOf,
  paceOf,
  readinessFrom,
  type Outlook,
  type ReadinessFigures,
  type Pace,
  type Readiness,
  type ReadinessNeed,
  type ReadinessStatus,
} from './readiness';
