// Correct, another way: the time of one logical layer (d cycles) in hours, times the number of layers.
export function runTime(layers: number, d: number, cycleUs: number) {
  const layerHours = (d * cycleUs) / (1e6 * 60 * 60);
  const hours = layers * layerHours;
  return { cycles: layers * d, seconds: hours * 3600, hours };
}
