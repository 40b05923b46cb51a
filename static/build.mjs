// Builds every Custom UI app: `node static/build.mjs [app ...]`.
import { build } from 'vite';
import { APPS, appConfig } from './vite.config.mjs';

const wanted = process.argv.slice(2);
const apps = wanted.length > 0 ? wanted : APPS;

for (const app of apps) {
  await build(appConfig(app));
  console.log(`built static/${app}/dist`);
}
