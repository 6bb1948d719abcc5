// Mistake: one cycle per logical layer, forgetting that a layer takes d cycles at distance d.
export function runTime(layers: number, d: number, cycleUs: number) {
  const seconds = (layers * cycleUs) / 1e6;
  return { cycles: layers, seconds, hours: seconds / 3600 };
}
