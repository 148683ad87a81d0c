// `pnpm bench` (apps/api's "bench" script runs this file): the import benchmark.
import './import.bench';
