export { EquityCurve } from './EquityCurve';
export type { EquityCurveProps } from './EquityCurve';
export type { EquityPoint } from './chart';
