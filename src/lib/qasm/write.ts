import type { Circuit, GateOp } from '../quantum';
import { formatAngle } from './angle';
import { BUILTIN_GATES } from './qelib1';
import type { GateCall, GateDefinition, QasmDefinitions } from './read';

/**
 * OpenQASM 2 text for a circuit, one gate per line, on a single register q (qubit 0 = q[0]).
 *
 * With the definitions the reader found (readQasm's `definitions`), the program's own `gate` definitions come back:
 * those still called are written after the include (in the order read, so each follows the ones it uses), and a
 * call is written in place of its engine gates wherever the circuit still holds exactly those gates, one after the
 * other. Where the learner has since edited them (removed one, put another in between), that call's gates are
 * written one by one instead. Either way the text reads back to the same circuit; a call is written only where its
 * expansion is the very gates it replaces, so the state cannot change.
 */
export function toQasm(c: Circuit, defs?: QasmDefinitions): string {
  const lines = ['OPENQASM 2.0;', 'include "qelib1.inc";'];
  const items = defs && defs.calls.length ? withDefinitions(c.ops, defs, lines) : c.ops;
  lines.push(`qreg q[${c.numQubits}];`);
  for (const item of items) lines.push('ops' in item ? callLine(item) : opLine(item));
  return `${lines.join('\n')}\n`;
}

const wireList = (wires: readonly number[]) => wires.map((w) => `q[${w}]`).join(',');

function opLine(op: GateOp): string {
  const params = op.params?.length ? `(${op.params.map(formatAngle).join(',')})` : '';
  return `${op.gate}${params} ${wireList(op.wires)};`;
}

function callLine(call: GateCall): string {
  return `${call.gate}${call.params.length ? `(${call.params.join(',')})` : ''} ${wireList(call.wires)};`;
}

const opKey = (op: GateOp) => `${op.gate}|${op.wires.join(',')}|${op.params?.join(',') ?? ''}`;

function sameOp(a: GateOp, b: GateOp): boolean {
  if (a.gate !== b.gate || a.wires.length !== b.wires.length || (a.params?.length ?? 0) !== (b.params?.length ?? 0)) return false;
  return a.wires.every((w, j) => w === b.wires[j]) && (a.params ?? []).every((p, j) => p === b.params![j]);
}

/**
 * The circuit as calls (where intact) and single gates, using only the definitions in `kept`. Each call read is
 * written at most once, so a gate the learner added that happens to equal a call's expansion stays a gate. Shared
 * with the Python writers (src/lib/export/python-programs.ts), so every export finds the same calls.
 */
export function planCalls(ops: readonly GateOp[], calls: readonly GateCall[], kept: ReadonlySet<string>): (GateOp | GateCall)[] {
  // Calls indexed by their first gate; identical calls (same gate, angles, qubits) share one entry with a count.
  const byFirst = new Map<string, { call: GateCall; left: number }[]>();
  const bySig = new Map<string, { call: GateCall; left: number }>();
  for (const call of calls) {
    if (!kept.has(call.gate) || call.ops.length === 0) continue;
    const sig = `${call.gate}(${call.params.join(',')})${call.wires.join(',')}`;
    const known = bySig.get(sig);
    if (known) {
      known.left++;
      continue;
    }
    const entry = { call, left: 1 };
    bySig.set(sig, entry);
    const key = opKey(call.ops[0]!);
    const list = byFirst.get(key);
    if (list) list.push(entry);
    else byFirst.set(key, [entry]);
  }
  const out: (GateOp | GateCall)[] = [];
  for (let i = 0; i < ops.length;) {
    const entry = byFirst.get(opKey(ops[i]!))?.find(({ call, left }) =>
      left > 0 && call.ops.length <= ops.length - i && call.ops.every((op, j) => sameOp(op, ops[i + j]!)));
    if (entry) {
      entry.left--;
      out.push(entry.call);
      i += entry.call.ops.length;
    } else {
      out.push(ops[i]!);
      i++;
    }
  }
  return out;
}

/** The gates a definition's body calls: the program's own definitions (`own`), or the built-ins. */
const calledBy = (d: GateDefinition, own: boolean) => d.body.filter((st) => st.own === own).map((st) => st.gate);

/** The names of the definitions a plan needs: those it calls, and those their bodies use, transitively. */
export function definitionsNeeded(items: readonly (GateOp | GateCall)[], defs: QasmDefinitions): Set<string> {
  const byName = new Map(defs.definitions.map((d) => [d.name, d]));
  const needed = new Set<string>();
  const visit = (name: string) => {
    if (needed.has(name)) return;
    needed.add(name);
    const d = byName.get(name);
    if (d) for (const u of calledBy(d, true)) visit(u);
  };
  for (const item of items) if ('ops' in item) visit(item.gate);
  return needed;
}

/**
 * Plans the circuit with the program's definitions and appends the ones needed to `lines`. A definition that takes
 * the name of a built-in gate (the reader lets a program redefine, say, rzx) is kept only if nothing written calls
 * the built-in of that name, since once defined the name means the definition; otherwise it, and every definition
 * that uses it, is written expanded.
 */
function withDefinitions(ops: readonly GateOp[], defs: QasmDefinitions, lines: string[]): (GateOp | GateCall)[] {
  const byName = new Map(defs.definitions.map((d) => [d.name, d]));
  const kept = new Set(byName.keys());
  for (;;) {
    const items = planCalls(ops, defs.calls, kept);
    const needed = definitionsNeeded(items, defs);
    const builtinsCalled = new Set<string>();
    for (const item of items) if (!('ops' in item)) builtinsCalled.add(item.gate);
    for (const name of needed) for (const b of calledBy(byName.get(name)!, false)) builtinsCalled.add(b);
    const clash = [...needed].filter((name) => BUILTIN_GATES.has(name) && builtinsCalled.has(name));
    if (clash.length === 0) {
      for (const d of defs.definitions) if (needed.has(d.name)) lines.push(d.text);
      return items;
    }
    // Drop the clashing definitions and everything built on them, then plan again (this ends: kept only shrinks).
    const dropped = new Set(clash);
    let grew = true;
    while (grew) {
      grew = false;
      for (const d of defs.definitions) {
        if (!dropped.has(d.name) && calledBy(d, true).some((u) => dropped.has(u))) {
          dropped.add(d.name);
          grew = true;
        }
      }
    }
    for (const name of dropped) kept.delete(name);
  }
}
