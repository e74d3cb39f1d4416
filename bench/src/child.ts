import type { Job, JobReply } from './jobs';
import { openSystem, POOL_SIZE } from './systems/open-system';
import { runAppends } from './workloads/appends';
import { runTimeTravel } from './workloads/time-travel';

/** One job in a process of its own, so no system's process-wide settings leak into another's figures. */
async function run(job: Job): Promise<unknown> {
  switch (job.kind) {
    case 'csv-export':
      return (await import('./workloads/csv-export.js')).runCsvExport(job.sizes);
    case 'case-list':
      return (await import('./workloads/case-list.js')).runCaseList(job.url, job.sizes);
    case 'claim-bundle':
      return (await import('./workloads/claim-bundle.js')).runClaimBundle(job.sizes);
    case 'api':
      return (await import('./workloads/http-api.js')).runApi(job.url, job.sizes);
    case 'ledger': {
      const { CasetrailSystem } = await import('./systems/casetrail.js');
      const system = new CasetrailSystem(job.url, POOL_SIZE);
      try {
        return await (await import('./workloads/ledger.js')).runLedger(job.url, system, job.sizes, job.firstRun);
      } finally {
        await system.close();
      }
    }
    case 'rebuild': {
      const { CasetrailSystem } = await import('./systems/casetrail.js');
      const system = new CasetrailSystem(job.url, POOL_SIZE);
      try {
        if (!job.loaded) await system.prepare();
        return await (await import('./workloads/rebuild.js')).runRebuild(job.url, system, job.sizes, job.loaded);
      } finally {
        await system.close();
      }
    }
    case 'appends':
    case 'time-travel': {
      const system = await openSystem(job.system, job.url);
      try {
        if (job.kind === 'appends' || !job.built) await system.prepare();
        return job.kind === 'appends' ? await runAppends(system, job.sizes) : await runTimeTravel(system, job.sizes, job.built);
      } finally {
        await system.close();
      }
    }
  }
}

const job = JSON.parse(process.argv[2]!) as Job;
const reply = (message: JobReply) => process.send!(message, () => process.exit(0));
run(job).then(
  (result) => reply({ ok: true, result }),
  (error: unknown) => reply({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
