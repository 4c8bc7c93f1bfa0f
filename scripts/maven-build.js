/**
 * Building the small Maven projects the scripts run (test/neo4j-server, test/cypher-shell): once, when their
 * sources changed or a jar they name went missing, one build at a time across processes.
 *
 * A project's build writes `target/classpath.txt` (maven-dependency-plugin build-classpath): the scripts run
 * `java -cp <that>`, so no shaded jar is built and a warm ~/.m2 makes a build take seconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/** Exit code of the scripts when java or mvn is missing: the tests skip on it, except under CI. */
export const EXIT_MISSING_TOOL = 3;

export const log = (name, message) => process.stderr.write(`${name}: ${message}\n`);

export function fail(name, message, code = 1) {
  log(name, message);
  process.exit(code);
}

export function hasTool(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

const mtime = (path) => statSync(path).mtimeMs;

/**
 * A Maven project the scripts build: `dir` holds the pom; `outputs` are the files a build leaves (classpath.txt
 * first); `sources` are the files whose change calls for a new build; `goal` is the Maven phase to run.
 */
export function mavenProject(dir, { outputs = [], sources = [], goal = 'package' } = {}) {
  const target = join(dir, 'target');
  const classpathFile = join(target, 'classpath.txt');
  return { dir, target, classpathFile, outputs: [classpathFile, ...outputs], sources: [join(dir, 'pom.xml'), ...sources], goal };
}

/** The last build is current when its outputs are newer than the sources and every jar it names exists. */
function isCurrent(project) {
  if (!project.outputs.every((f) => existsSync(f))) return false;
  const built = Math.min(...project.outputs.map(mtime));
  if (project.sources.some((source) => mtime(source) > built)) return false;
  const jars = readFileSync(project.classpathFile, 'utf8').trim().split(':').filter(Boolean);
  return jars.length > 0 && jars.every((jar) => existsSync(jar));
}

/** One build at a time: parallel test files may all start here. mkdir is the atomic step. */
async function withBuildLock(project, fn) {
  mkdirSync(project.target, { recursive: true });
  const lock = join(project.target, '.build-lock');
  const staleAfterMs = 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (Date.now() - mtime(lock) > staleAfterMs) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds the project unless its last build is current (or `force`). Exits the process with
 * EXIT_MISSING_TOOL when Maven is missing, and with 1 when the build fails. Returns the classpath.
 */
export async function ensureBuilt(name, project, { force = false, what = 'the first build downloads from Maven Central' } = {}) {
  if (force || !isCurrent(project)) {
    await withBuildLock(project, async () => {
      if (!force && isCurrent(project)) return; // another process built it while we waited
      if (!hasTool('mvn', ['-v'])) fail(name, `mvn not found: install Maven (and Java 17+) to build ${project.dir}`, EXIT_MISSING_TOOL);
      log(name, `building ${project.dir} (${what})...`);
      const started = Date.now();
      const result = spawnSync('mvn', ['-q', '-B', project.goal], { cwd: project.dir, stdio: ['ignore', process.stderr, 'inherit'] });
      if (result.error || result.status !== 0) fail(name, `mvn ${project.goal} failed in ${project.dir} (exit ${result.status ?? result.error})`);
      // Maven leaves an unchanged output untouched: mark this build as the current one.
      const now = new Date();
      for (const output of project.outputs) utimesSync(output, now, now);
      log(name, `built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
  }
  return readFileSync(project.classpathFile, 'utf8').trim();
}
