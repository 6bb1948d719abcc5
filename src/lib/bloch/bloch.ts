/**
 * One qubit's state a|0⟩ + b|1⟩ as a point on the Bloch sphere: x = 2 Re(a̅b), y = 2 Im(a̅b), z = |a|² − |b|², so
 * |0⟩ is the north pole, |1⟩ the south pole and the equator holds the equal superpositions, their longitude φ being
 * the relative phase. A global phase changes nothing here, which is why the sphere shows exactly what can be measured.
 */
import type { StateVector } from '../quantum';

export interface BlochPoint {
  x: number;
  y: number;
  z: number;
  /** polar angle from |0⟩, 0 to π */
  theta: number;
  /** relative phase, in (−π, π]; 0 when the state is a pole (it has no phase to speak of) */
  phi: number;
}

export function blochPoint(s: StateVector): BlochPoint {
  if (s.numQubits !== 1) throw new RangeError(`The Bloch sphere shows one qubit; this state has ${s.numQubits}.`);
  const [ar, ai, br, bi] = [s.re[0]!, s.im[0]!, s.re[1]!, s.im[1]!];
  // a̅·b = (ar − i·ai)(br + i·bi)
  const x = 2 * (ar * br + ai * bi);
  const y = 2 * (ar * bi - ai * br);
  const z = ar * ar + ai * ai - (br * br + bi * bi);
  const theta = Math.acos(Math.max(-1, Math.min(1, z)));
  const phi = Math.hypot(x, y) < 1e-12 ? 0 : Math.atan2(y, x);
  return { x, y, z, theta, phi };
}

/** Probability of reading 1 from the point: (1 − z)/2. */
export const probabilityOfOne = (p: BlochPoint): number => (1 - p.z) / 2;

export interface Projected {
  sx: number;
  sy: number;
  /** true when the point is on the half of the sphere facing the viewer */
  front: boolean;
}

/**
 * A fixed oblique view for drawing, in units of the sphere's radius: turn the sphere −30° about its z axis, tilt it
 * 20° toward the viewer, and drop the depth. |0⟩ then sits near the top, |+⟩ in front to the lower left and |+i⟩ to
 * the right, so all three axes are visible at once. Screen y points down.
 */
export function project(x: number, y: number, z: number): Projected {
  const a = (-30 * Math.PI) / 180;
  const t = (20 * Math.PI) / 180;
  // about z
  const x1 = x * Math.cos(a) - y * Math.sin(a);
  const y1 = x * Math.sin(a) + y * Math.cos(a);
  // Tilt about the screen's horizontal axis so the viewer looks down on the equator from 20° above it: x1 points
  // toward the viewer before the tilt; afterwards the north pole leans toward the viewer and the front of the
  // equator drops below the centre.
  const depth = x1 * Math.cos(t) + z * Math.sin(t);
  const up = z * Math.cos(t) - x1 * Math.sin(t);
  return { sx: y1, sy: -up, front: depth >= 0 };
}
