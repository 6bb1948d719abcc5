// The call options that let checks see side effects through the wire: the arguments as learner code left them
// ('args') and whether two calls returned one shared object ('same').
import { describe, expect, it } from 'vitest';
import { openRemote } from '../../../src/lib/exercises/sandbox/remote-learner';
import { loopbackTransport } from '../../../src/lib/exercises/sandbox/loopback';

const shared = [0, 0];
const learner = {
  inPlace: (xs: number[]) => {
    xs[0] = 99;
    return xs.length;
  },
  pure: (xs: Float64Array) => Float64Array.from(xs, (x) => 2 * x),
  cached: () => shared,
  fresh: () => [0, 0],
  scalar: () => 3,
};
const open = () => openRemote(loopbackTransport(learner), { op: 'load', fileName: 'x.ts', code: '', helpers: [] });

describe('report options on a call', () => {
  it("'args' returns the arguments after the call, typed arrays intact", async () => {
    const { module, close } = await open();
    expect(await module.inPlace!.withArgs([1, 2, 3])).toEqual({ result: 3, args: [[99, 2, 3]] });
    const r = await module.pure!.withArgs(Float64Array.from([1, 2]));
    expect(r.result).toEqual(Float64Array.from([2, 4]));
    expect(r.args[0]).toBeInstanceOf(Float64Array);
    expect(Array.from(r.args[0] as Float64Array)).toEqual([1, 2]);
    close();
  });
  it("'same' says whether two calls share a returned object", async () => {
    const { module, close } = await open();
    expect((await module.cached!.twice()).same).toBe(true);
    expect((await module.fresh!.twice()).same).toBe(false);
    expect(await module.scalar!.twice()).toEqual({ result: 3, same: false });
    close();
  });
});
