// `pnpm bench`: every benchmark, each against a baseline measured in the same run.
import './import.bench';
import { importDbBench } from './import-db.bench';
import { analyticsBench } from './analytics.bench';

await importDbBench();
await analyticsBench();
