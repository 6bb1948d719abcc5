// The one OpenQASM 2 reader (issue 22): readQasm for lesson programs and parseQasm for pastes are the same reader.
import { describe, expect, it } from 'vitest';
import { MAX_QASM_LENGTH, parseQasm, readQasm } from '../../../src/lib/qasm';

const HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';

function errorsOf(src: unknown) {
  const r = readQasm(src as string);
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.circuit)}`);
  return r;
}

describe('one reader', () => {
  it('readQasm and parseQasm (readProgram) give the same result for pure programs and refusals', async () => {
    for (const src of [
      `${HEAD}qreg q[2];\nh q[0];\ncx q[0],q[1];\n`,
      `${HEAD}qreg q[2];\nfoo q[0];\n`,
      `${HEAD}qreg q[1];\nrx(.5) q[0];\n`,
      `${HEAD}qreg q[2];\nmeasure q[5] -> c[9];\n`,
      'x'.repeat(MAX_QASM_LENGTH + 1),
    ]) {
      const program = await parseQasm(src);
      const r = readQasm(src);
      expect(program.ok).toBe(r.ok);
      if (program.ok && r.ok) expect(program.kind === 'pure' && { ok: true, circuit: program.circuit, notes: program.notes }).toEqual(r);
      else expect(program).toEqual(r);
    }
  });

  it('never throws: a non-string gives a clear error result', () => {
    for (const v of [42, undefined, null, {}, ['h q[0];']]) {
      const r = errorsOf(v);
      expect(r.message).toMatch(/must be text/);
    }
  });

  it('applies one size limit, stated in the message', () => {
    const r = errorsOf(`${HEAD}qreg q[1];\n${'h q[0];\n'.repeat(MAX_QASM_LENGTH / 8)}`);
    expect(MAX_QASM_LENGTH).toBe(100_000);
    expect(r.message).toMatch(/the limit is 100,000 characters/);
  });

  it('reports every error, each with its line and column', () => {
    const r = errorsOf(`${HEAD}qreg q[2];\nfoo q[0];\nx q[7];\nbar q[1];\nrx(1/0) q[0];\n`);
    expect(r.errors.map((e) => e.line)).toEqual([4, 5, 6, 7]);
    expect(r.errors.every((e) => typeof e.column === 'number')).toBe(true);
    expect(r.message.split('\n')).toHaveLength(4);
    expect(r.message).toMatch(/^Line 4, column 1: unknown gate "foo"/);
    expect(r.message).toMatch(/Line 6, column 1: unknown gate "bar"/);
    expect(r).toMatchObject({ line: 4, column: 1 });
  });

  it('reports a syntax error and goes on to find the next one', () => {
    const r = errorsOf(`${HEAD}qreg q[2];\nh q[0]\ncx q[0] q[1];\nfoo q[0];\n`);
    expect(r.errors.map((e) => e.line)).toEqual([4, 5, 6]);
    expect(r.errors[0]).toMatchObject({ line: 4, column: 7 });
  });
});

describe('numbers as OpenQASM 2 and people write them', () => {
  it.each([
    ['.5', 0.5], ['1.', 1], ['1.5e3', 1500], ['1.5E-3', 0.0015], ['2e2', 200], ['0.25', 0.25], ['3000', 3000],
    ['pi/1024', Math.PI / 1024], ['-pi/2', -Math.PI / 2], ['2*pi^2', 2 * Math.PI ** 2], ['-(pi)', -Math.PI],
    ['sin(pi/2)+cos(0)', 2], ['sqrt(4)*ln(exp(1))', 2], ['2^3^2', 2 ** 9], ['-2^2', -4], ['1001.0', 1001], ['pi-pi/4', (3 * Math.PI) / 4],
  ])('rz(%s)', (text, value) => {
    const r = readQasm(`${HEAD}qreg q[1];\nrz(${text}) q[0];\n`);
    if (!r.ok) throw new Error(r.message);
    expect(r.circuit.ops[0]!.params![0]).toBeCloseTo(value, 12);
  });

  it('refuses 1e309 as too large, saying so', () => {
    expect(errorsOf(`${HEAD}qreg q[1];\nrz(1e309) q[0];\n`).message).toMatch(/Line 4, column 4: the number 1e309 is too large/);
  });

  it('refuses a division by zero in an angle', () => {
    expect(errorsOf(`${HEAD}qreg q[1];\nrx(pi/(1-1)) q[0];\n`).message).toMatch(/Line 4.*divides by zero/);
  });

  it('refuses an angle that is not finite, naming the function', () => {
    expect(errorsOf(`${HEAD}qreg q[1];\nrx(ln(0)) q[0];\n`).message).toMatch(/not a finite number/);
  });

  it('speaks of the angle, not of qubit limits', () => {
    expect(errorsOf(`${HEAD}qreg q[1];\nrz(pi/1024 + foo) q[0];\n`).message).toMatch(/unknown name "foo" in an angle/);
  });
});

describe('measure, barrier and include are checked', () => {
  it.each([
    ['an undeclared register in measure', `${HEAD}qreg q[2];\ncreg c[2];\nmeasure r[0] -> c[0];\n`, 5, /unknown register "r"/],
    ['an undeclared classical register', `${HEAD}qreg q[2];\nmeasure q[0] -> c[0];\n`, 4, /unknown classical register "c"/],
    ['measure q -> c with no creg', `${HEAD}qreg q[2];\nmeasure q -> c;\n`, 4, /unknown classical register "c".*creg/],
    ['an out-of-range qubit in measure', `${HEAD}qreg q[2];\ncreg c[10];\nmeasure q[5] -> c[9];\n`, 5, /q\[5\] is out of range/],
    ['an out-of-range bit in measure', `${HEAD}qreg q[6];\ncreg c[2];\nmeasure q[5] -> c[9];\n`, 5, /c\[9\] is out of range; c has 2 bits/],
    ['registers of different sizes in measure', `${HEAD}qreg q[3];\ncreg c[2];\nmeasure q -> c;\n`, 5, /q has 3 qubits but c has 2 bits/],
    ['a quantum register as the target of measure', `${HEAD}qreg q[2];\nqreg r[2];\nmeasure q -> r;\n`, 5, /r is a quantum register/],
    ['an undeclared register in barrier', `${HEAD}qreg q[2];\nbarrier zz;\n`, 4, /unknown register "zz"/],
    ['an out-of-range barrier', `${HEAD}qreg q[2];\nbarrier q[3];\n`, 4, /q\[3\] is out of range/],
    ['another include', `${HEAD}include "other.inc";\nqreg q[1];\n`, 3, /only "qelib1.inc" can be included.*other\.inc/],
    ['an include of a system file', `${HEAD}include "/etc/passwd";\nqreg q[1];\n`, 3, /only "qelib1.inc"/],
  ])('%s', (_name, src, line, msg) => {
    const r = errorsOf(src);
    expect(r.line).toBe(line);
    expect(r.message).toMatch(msg);
  });

  it('accepts final measurements and barriers that are right', () => {
    const r = readQasm(`${HEAD}qreg q[2];\ncreg c[2];\nh q[0];\nbarrier q[0],q[1];\ncx q[0],q[1];\nmeasure q[0] -> c[0];\nmeasure q[1] -> c[1];\n`);
    if (!r.ok) throw new Error(r.message);
    expect(r.circuit.ops).toHaveLength(2);
  });
});

describe('hostile and long inputs', () => {
  it('finishes quickly on 10,000 nested parentheses, with a short message', () => {
    const src = `${HEAD}qreg q[1];\nrz(${'('.repeat(10_000)}1${')'.repeat(10_000)}) q[0];\n`;
    const t0 = performance.now();
    const r = errorsOf(src);
    // A guard against the old non-linear reader (260 s of CPU for this input), not a timing test: milliseconds here,
    // and 15 s leaves room for a loaded machine.
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(r.message).toMatch(/nest/);
    expect(r.message.length).toBeLessThan(400);
  });

  it('reads 12,000 gates in bounded time (a guard against hangs; the reader is linear)', () => {
    const src = `${HEAD}qreg q[4];\n${'x q[1];\n'.repeat(12_000)}`;
    const t0 = performance.now();
    const r = readQasm(src);
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(r.ok && r.circuit.ops.length).toBe(12_000);
  });

  it('names invisible characters by code point and accepts a leading BOM', () => {
    expect(errorsOf(`${HEAD}qreg q[1];\nh\u200B q[0];\n`).message).toMatch(/U\+200B/);
    expect(readQasm(`\uFEFF${HEAD}qreg q[1];\nh q[0];\n`).ok).toBe(true);
    // Inside the include's file name too, where the message would otherwise show a name that looks right.
    const inName = errorsOf('OPENQASM 2.0;\ninclude "\uFEFFqelib1.inc";\nqreg q[1];\n').message;
    expect(inName).toMatch(/U\+FEFF \(byte order mark\)/);
    expect(inName).not.toMatch(/\uFEFF/);
  });

  it('states a huge register in plain words, without Infinity', () => {
    const r = errorsOf(`${HEAD}qreg q[99999999999999999999999];\nh q;\n`);
    expect(r.message).not.toMatch(/Infinity|e\+/);
    expect(r.message).toMatch(/at most 24 qubits/);
  });
});
