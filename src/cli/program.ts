/**
 * The command table. Each command declares its options and lazily imports commands/<name>.ts,
 * which calls the library and prints. Only src/cli/index.ts sets the exit code.
 */
import { Command, Option } from 'commander';
import { collectParam } from './options.js';

const storeOption = () =>
  new Option('--store <path|neo4j>', 'embedded store file, or "neo4j" (default: $EVENTLINE_STORE or .eventline/graph.json)');
const neo4jUriOption = () => new Option('--neo4j-uri <uri>', 'Neo4j Bolt URI (default: $NEO4J_URI); credentials come from NEO4J_USERNAME / NEO4J_PASSWORD');

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

export function buildProgram(): Command {
  const program = new Command('eventline')
    .description('Turn news articles into an event-timeline knowledge graph (embedded graphology store or Neo4j).')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', examples(['eventline ingest data/', 'eventline timeline --actor "Kim Jong-il"', 'eventline extract data/ --format jsonl']));

  program
    .command('ingest')
    .description('read articles, extract events and store them (re-ingesting an unchanged article changes nothing)')
    .argument('<paths...>', 'files or directories (.txt .md .json .jsonl .tml .html); "-" reads JSONL from stdin')
    .option('--published-at <date>', 'document date (YYYY-MM-DD) for articles that have none')
    .addOption(storeOption())
    .addOption(neo4jUriOption())
    .option('--batch-size <n>', 'Neo4j: rows per transaction')
    .option('--checkpoint <n>', 'save the store every N new articles, spaced out so that saving stays under ~10% of the run (an interrupted run resumes from the last save)', '1000')
    .option('--workers <n>', 'extraction threads (1: no worker threads; default: the number of cores)')
    .option('--progress <mode>', 'progress on stderr: auto (a bar on a terminal, else none), bar, json (NDJSON lines) or none')
    .option('--lock-timeout <seconds>', 'embedded store: how long to wait for another ingest holding its lock (0: fail at once)', '600')
    .option('-q, --quiet', 'print only errors')
    .addHelpText('after', examples(['eventline ingest data/', 'eventline ingest archive/ --store /tmp/graph.json', 'cat news.jsonl | eventline ingest - --published-at 2011-06-27', 'eventline ingest reuters.jsonl --workers 2 --progress json 2> progress.ndjson', 'eventline ingest data/ --store neo4j']))
    .action(async (paths: string[], opts) => (await import('./commands/ingest.js')).run(paths, opts));

  program
    .command('extract')
    .description('print what the pipeline finds in each article, touching no store')
    .argument('<paths...>', 'files or directories; "-" reads JSONL from stdin')
    .option('--format <format>', 'jsonl (one object per article) or json (one array)', 'jsonl')
    .option('--published-at <date>', 'document date (YYYY-MM-DD) for articles that have none')
    .option('--explain', 'also print on stderr the entities, time expressions and event-stage trace of each article')
    .addHelpText('after', examples(['eventline extract data/kim-jong-il-heads-to-russia.txt', 'eventline extract corpus/ --format json > out.json', 'eventline extract story.tml --explain > /dev/null']))
    .action(async (paths: string[], opts) => (await import('./commands/extract.js')).run(paths, opts));

  program
    .command('timeline')
    .description('events in chronological order (undated events last, marked "undated"); exit 1 when none match')
    .option('--actor <name>', 'a person, organisation or country (name or alias, case and hyphens ignored)')
    .option('--place <name>', 'a place or country (a country includes its places)')
    .option('--from <date>', 'leave out events that end before this day (YYYY-MM-DD)')
    .option('--to <date>', 'leave out events that start after this day (YYYY-MM-DD)')
    .option('--type <types>', 'comma-separated: Visit,Meeting,Talks')
    .option('--status <statuses>', 'comma-separated: occurred,planned,possible,cancelled')
    .option('--format <format>', 'table, json, csv or md', 'table')
    .addOption(storeOption())
    .addOption(neo4jUriOption())
    .addHelpText('after', examples(['eventline timeline --actor "Kim Jong-il"', 'eventline timeline --place Russia --from 2011-01-01 --format json', 'eventline timeline --status planned,possible --format md']))
    .action(async (opts) => (await import('./commands/timeline.js')).run(opts));

  program
    .command('export')
    .description('write the graph, or the part around the matching events, for Gephi, yEd, Neo4j or spreadsheets (docs/exports.md)')
    .option('--format <format>', 'json, graphml, gexf, cypher, csv (-o DIR) or neo4j-admin (-o DIR)', 'json')
    .option('--actor <name>', 'only events with this participant, and what they touch')
    .option('--from <date>', 'only events that end on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'only events that start on or before this day (YYYY-MM-DD)')
    .option('--type <types>', 'only these event types, comma-separated: Visit,Meeting,Talks')
    .option('-o, --output <path>', 'write to a file (csv and neo4j-admin: a directory) instead of stdout')
    .option('--force', 'overwrite existing output files')
    .addOption(storeOption())
    .addOption(neo4jUriOption())
    .addHelpText(
      'after',
      examples([
        'eventline export --format json -o graph.json',
        'eventline export --format gexf --actor "Kim Jong-il" -o kim.gexf',
        'eventline export --format cypher -o graph.cypher && cypher-shell -f graph.cypher',
        'eventline export --format neo4j-admin -o import/',
        'eventline export | jq ".nodes | length"',
      ]),
    )
    .action(async (opts) => (await import('./commands/export.js')).run(opts));

  program
    .command('report')
    .description('write one self-contained HTML file: an interactive timeline, a graph of actors and events, and the evidence')
    .requiredOption('-o, --output <file>', 'the HTML file to write ("-" for stdout)')
    .option('--actor <name>', 'only events with this participant')
    .option('--from <date>', 'only events that end on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'only events that start on or before this day (YYYY-MM-DD)')
    .option('--type <types>', 'only these event types, comma-separated: Visit,Meeting,Talks')
    .option('--force', 'overwrite an existing output file')
    .addOption(storeOption())
    .addOption(neo4jUriOption())
    .addHelpText('after', examples(['eventline report -o report.html', 'eventline report --actor "Kim Jong-il" --from 2000-01-01 -o kim.html --force']))
    .action(async (opts) => (await import('./commands/report.js')).run(opts));

  program
    .command('stats')
    .description('counts of articles, nodes, edges and events')
    .option('--format <format>', 'table or json', 'table')
    .addOption(storeOption())
    .addOption(neo4jUriOption())
    .addHelpText('after', examples(['eventline stats', 'eventline stats --format json']))
    .action(async (opts) => (await import('./commands/stats.js')).run(opts));

  const evaluate = program.command('evaluate').description('score extraction against gold annotations');
  evaluate
    .command('timex')
    .description('score time expressions against the gold TIMEX3 tags of TimeML files')
    .argument('<paths...>', '.tml files or directories')
    .option('--verbose', 'list every miss, spurious expression and wrong value')
    .option('--exact-values', 'compare values as plain strings, as the TempEval-3 scorer does (default: equal values are equal, e.g. 2000-W7 = 2000-W07)')
    .option('--format <format>', 'text or json', 'text')
    .addHelpText('after', examples(['eventline evaluate timex ../shared/corpora/tempeval3/TBAQ-cleaned', 'eventline evaluate timex doc.tml --verbose']))
    .action(async (paths: string[], opts) => (await import('./commands/evaluate.js')).runTimex(paths, opts));
  evaluate
    .command('events')
    .description('score events against gold events (GUIDELINES.md scoring)')
    .argument('<gold>', 'gold events, one JSON document per line')
    .argument('<articles...>', 'the articles the gold annotates (files or directories)')
    .option('--verbose', 'list misses and spurious events')
    .option('--format <format>', 'text or json', 'text')
    .addHelpText('after', examples(['eventline evaluate events ../shared/gold/events-dev.jsonl data/ ../shared/corpora/dev-articles ../shared/corpora/tempeval3/TBAQ-cleaned']))
    .action(async (gold: string, paths: string[], opts) => (await import('./commands/evaluate.js')).runEvents(gold, paths, opts));

  program
    .command('query')
    .description('run a Cypher query from queries/ (by name) or a .cypher file against Neo4j')
    .argument('<query>', 'a name in queries/ (actor-timeline, meetings-between, ...) or a file path')
    .option('--param <key=value>', 'a query parameter (repeatable)', collectParam, {})
    .option('--format <format>', 'table, json or csv', 'table')
    .addOption(neo4jUriOption())
    .addHelpText('after', examples(['eventline query actor-timeline --param actor="Kim Jong-il"', 'eventline query meetings-between --param a=Putin --param b=Kim --format json']))
    .action(async (query: string, opts) => (await import('./commands/query.js')).run(query, opts));

  program
    .command('load')
    .description('push an embedded graph file (or an export) into Neo4j')
    .requiredOption('--from <path>', 'embedded store file or `export --format json` output')
    .addOption(storeOption().default('neo4j'))
    .addOption(neo4jUriOption())
    .option('--batch-size <n>', 'rows per transaction')
    .addHelpText('after', examples(['eventline load --from .eventline/graph.json', 'NEO4J_URI=bolt://localhost:7687 eventline load --from graph.json']))
    .action(async (opts) => (await import('./commands/load.js')).run(opts));

  return program;
}
