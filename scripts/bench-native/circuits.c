/*
 * The native yardstick of `npm run bench`: the engine's benchmark circuits run by a plain C state-vector simulator,
 * single-threaded and without fusion, with the same loops as the engine's gate kernels (src/lib/quantum/gates.ts):
 * a 2x2 on amplitude pairs with a shortcut for real matrices (ry), a diagonal loop for rz, and CX as a 2x2 on the
 * pairs whose control bit is 1. scripts/bench.ts compiles it with the system's `cc -O3 -march=native`.
 *
 * Input (a file named on the command line): "n gates" then one gate a line, "kind w0 w1 angle", kind 0 = rx,
 * 1 = ry, 2 = rz, 3 = cx (w0 control, w1 target). Output: "ms <median of the runs>" and the first amplitudes, which
 * the bench compares with the engine's to check that both ran the same circuit.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct { int kind, w0, w1; double angle; } Gate;

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Inserts a zero bit into k below mask+1 (mask = (1 << b) - 1), as the engine's kernels do. */
static inline long insert0(long k, long mask) { return ((k & ~mask) << 1) | (k & mask); }

static void mat2(double *re, double *im, long dim, int t, const double m[8]) {
  long step = 1L << t, low = step - 1, count = dim >> 1;
  double ar = m[0], ai = m[1], br = m[2], bi = m[3], cr = m[4], ci = m[5], dr = m[6], di = m[7];
  if (ai == 0 && bi == 0 && ci == 0 && di == 0) {
    for (long k = 0; k < count; k++) {
      long i = insert0(k, low), j = i | step;
      double xr = re[i], xi = im[i], yr = re[j], yi = im[j];
      re[i] = ar * xr + br * yr; im[i] = ar * xi + br * yi;
      re[j] = cr * xr + dr * yr; im[j] = cr * xi + dr * yi;
    }
    return;
  }
  for (long k = 0; k < count; k++) {
    long i = insert0(k, low), j = i | step;
    double xr = re[i], xi = im[i], yr = re[j], yi = im[j];
    re[i] = ar * xr - ai * xi + br * yr - bi * yi; im[i] = ar * xi + ai * xr + br * yi + bi * yr;
    re[j] = cr * xr - ci * xi + dr * yr - di * yi; im[j] = cr * xi + ci * xr + dr * yi + di * yr;
  }
}

static void rz(double *re, double *im, long dim, int t, double a) {
  long step = 1L << t, low = step - 1, count = dim >> 1;
  double c = cos(a / 2), s = sin(a / 2);
  for (long k = 0; k < count; k++) {
    long i = insert0(k, low), j = i | step;
    double xr = re[i], xi = im[i], yr = re[j], yi = im[j];
    re[i] = c * xr + s * xi; im[i] = c * xi - s * xr;
    re[j] = c * yr - s * yi; im[j] = c * yi + s * yr;
  }
}

static void cx(double *re, double *im, long dim, int control, int target) {
  long step = 1L << target, cmask = 1L << control, count = dim >> 2;
  int lo = control < target ? control : target, hi = control < target ? target : control;
  long l0 = (1L << lo) - 1, l1 = (1L << hi) - 1;
  /* The engine's controlled kernel's loop with the X matrix. Here the matrix is a compile-time constant, so the
     compiler reduces the loop to a swap of the pairs; the engine multiplies by it in full. */
  const double ar = 0, ai = 0, br = 1, bi = 0, cr = 1, ci = 0, dr = 0, di = 0;
  for (long k = 0; k < count; k++) {
    long i = insert0(insert0(k, l0), l1) | cmask, j = i | step;
    double xr = re[i], xi = im[i], yr = re[j], yi = im[j];
    re[i] = ar * xr - ai * xi + br * yr - bi * yi; im[i] = ar * xi + ai * xr + br * yi + bi * yr;
    re[j] = cr * xr - ci * xi + dr * yr - di * yi; im[j] = cr * xi + ci * xr + dr * yi + di * yr;
  }
}

static void run(double *re, double *im, int n, const Gate *g, int count) {
  long dim = 1L << n;
  for (long k = 0; k < dim; k++) re[k] = im[k] = 0;
  re[0] = 1;
  for (int k = 0; k < count; k++) {
    double c = cos(g[k].angle / 2), s = sin(g[k].angle / 2);
    if (g[k].kind == 0) { double m[8] = {c, 0, 0, -s, 0, -s, c, 0}; mat2(re, im, dim, g[k].w0, m); }
    else if (g[k].kind == 1) { double m[8] = {c, 0, -s, 0, s, 0, c, 0}; mat2(re, im, dim, g[k].w0, m); }
    else if (g[k].kind == 2) rz(re, im, dim, g[k].w0, g[k].angle);
    else cx(re, im, dim, g[k].w0, g[k].w1);
  }
}

static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: %s circuit-file runs\n", argv[0]); return 2; }
  FILE *f = fopen(argv[1], "r");
  int n, count;
  if (!f || fscanf(f, "%d %d", &n, &count) != 2) { fprintf(stderr, "cannot read %s\n", argv[1]); return 2; }
  Gate *g = malloc(sizeof(Gate) * count);
  for (int k = 0; k < count; k++)
    if (fscanf(f, "%d %d %d %lf", &g[k].kind, &g[k].w0, &g[k].w1, &g[k].angle) != 4) { fprintf(stderr, "bad gate %d\n", k); return 2; }
  fclose(f);
  int runs = atoi(argv[2]);
  if (runs < 1) runs = 1;
  long dim = 1L << n;
  double *re = malloc(sizeof(double) * dim), *im = malloc(sizeof(double) * dim), *times = malloc(sizeof(double) * runs);
  run(re, im, n, g, count); /* warm-up: pages the state in */
  for (int r = 0; r < runs; r++) {
    double t0 = now_ms();
    run(re, im, n, g, count);
    times[r] = now_ms() - t0;
  }
  qsort(times, runs, sizeof(double), cmp);
  printf("ms %.6f\n", times[runs / 2]);
  for (int k = 0; k < 4 && k < dim; k++) printf("amp %d %.17g %.17g\n", k, re[k], im[k]);
  return 0;
}
