// Container health checks, with nothing but Node and the image's own dependencies.
//   node docker/healthcheck.cjs api        the API answers GET /health with 200 (store and read models answer)
//   node docker/healthcheck.cjs postgres   PostgreSQL at DATABASE_URL answers (the projectors, which serve no HTTP)
'use strict';

const TIMEOUT_MS = 2500;

function unhealthy(reason) {
  process.stderr.write(`unhealthy: ${reason}\n`);
  process.exit(1);
}

async function api() {
  const response = await fetch(`http://127.0.0.1:${process.env.PORT || 3000}/health`, {
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) unhealthy(`/health answered ${response.status}`);
}

async function postgres() {
  const { Client } = require('pg');
  const client = new Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: TIMEOUT_MS });
  await client.connect();
  try {
    await client.query('SELECT 1');
  } finally {
    await client.end();
  }
}

const checks = { api, postgres };
const check = checks[process.argv[2]];
if (!check) unhealthy(`unknown check "${process.argv[2]}"; use one of ${Object.keys(checks).join(', ')}`);
check().then(() => process.exit(0), (error) => unhealthy(error instanceof Error ? error.message : String(error)));
