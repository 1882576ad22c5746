// jstat ships no types; this declares the two functions we use (see normal.ts).
declare module 'jstat' {
  const jStat: {
    normal: {
      cdf(x: number, mean: number, sd: number): number;
      inv(p: number, mean: number, sd: number): number;
    };
  };
  // biome-ignore lint/style/noDefaultExport: jstat is CommonJS; its module.exports is the default.
  export default jStat;
}
