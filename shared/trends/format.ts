/** A lean or feel as a signed number with a true minus sign: '+0.42', '−0.10', '0.00'. */
export function signed(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2)}`;
}
