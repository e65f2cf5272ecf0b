import v8 from 'node:v8';

/**
 * Prisma's query compiler is a WebAssembly module of several MB. V8 compiles all of it at once and
 * then again, optimized, on background threads: about 90 MB of resident code and both cores busy
 * during start, for a compiler that runs only on a start, a revision poll and a write (reads are
 * answered from the snapshot). Compiled lazily, with the baseline compiler only, the server starts
 * faster and stays about 60–90 MB smaller (measured in the README's benchmark section). Set before
 * any module is compiled: this file is main's first import.
 */
v8.setFlagsFromString('--wasm-lazy-compilation');
v8.setFlagsFromString('--liftoff-only');
