#!/usr/bin/env node
// Runs the TypeScript command line straight from src/ (no build step) through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
