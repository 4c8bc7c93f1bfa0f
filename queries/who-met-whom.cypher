// who-met-whom: pairs of people or organisations that took part in the same events, with how many events,
// how many of them actually happened (status occurred), and the first and last day they share.
//
// Parameters:
//   $actor  (optional) only pairs that include this actor (a name or alias); null for every pair
// Countries are left out (they are mostly hosts). Names match case-insensitively against an entity's name and aliases, ignoring hyphens, dots and
// apostrophes; a query of whole words also matches a name containing them all ("Putin" matches "Vladimir Putin").
//
// Example (cypher-shell):
//   :param actor => null
//   :source queries/who-met-whom.cypher
WITH trim(replace(replace(replace(replace(toLower($actor), '-', ' '), '.', ''), "'", ''), '’', '')) AS q
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
WHERE a.id < b.id
  AND (a:Person OR a:Organization) AND (b:Person OR b:Organization)
  AND (q IS NULL
       OR (q = trim(replace(replace(replace(replace(toLower(a.name), '-', ' '), '.', ''), "'", ''), '’', ''))
       OR any(alias IN coalesce(a.aliases, []) WHERE q = trim(replace(replace(replace(replace(toLower(alias), '-', ' '), '.', ''), "'", ''), '’', '')))
       OR all(word IN split(q, ' ') WHERE word IN split(trim(replace(replace(replace(replace(toLower(a.name), '-', ' '), '.', ''), "'", ''), '’', '')), ' ')))
       OR (q = trim(replace(replace(replace(replace(toLower(b.name), '-', ' '), '.', ''), "'", ''), '’', ''))
       OR any(alias IN coalesce(b.aliases, []) WHERE q = trim(replace(replace(replace(replace(toLower(alias), '-', ' '), '.', ''), "'", ''), '’', '')))
       OR all(word IN split(q, ' ') WHERE word IN split(trim(replace(replace(replace(replace(toLower(b.name), '-', ' '), '.', ''), "'", ''), '’', '')), ' '))))
WITH a, b, collect(DISTINCT e) AS events
RETURN a.name AS a, b.name AS b, size(events) AS events,
  size([e IN events WHERE e.status = 'occurred']) AS occurred,
  reduce(earliest = null, e IN events | CASE WHEN e.startDate IS NOT NULL AND (earliest IS NULL OR e.startDate < earliest) THEN e.startDate ELSE earliest END) AS firstDay,
  reduce(latest = null, e IN events | CASE WHEN e.endDate IS NOT NULL AND (latest IS NULL OR e.endDate > latest) THEN e.endDate ELSE latest END) AS lastDay
ORDER BY events DESC, occurred DESC, a, b;
