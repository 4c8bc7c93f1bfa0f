// meetings-between: the events two actors both took part in (meetings, talks, and visits where one hosted
// the other), in date order.
//
// Parameters:
//   $a  (required) a name or alias of the first actor
//   $b  (required) a name or alias of the second actor
// Names match case-insensitively against an entity's name and aliases, ignoring hyphens, dots and
// apostrophes; a query of whole words also matches a name containing them all ("Putin" matches "Vladimir Putin").
//
// Example (cypher-shell):
//   :param a => 'Kim Jong-il'
//   :param b => 'Putin'
//   :source queries/meetings-between.cypher
WITH trim(replace(replace(replace(replace(toLower($a), '-', ' '), '.', ''), "'", ''), '’', '')) AS qa, trim(replace(replace(replace(replace(toLower($b), '-', ' '), '.', ''), "'", ''), '’', '')) AS qb
MATCH (x)-[rx:PARTICIPATED_IN]->(e:Event)<-[ry:PARTICIPATED_IN]-(y)
WHERE x <> y
  AND (qa = trim(replace(replace(replace(replace(toLower(x.name), '-', ' '), '.', ''), "'", ''), '’', ''))
       OR any(alias IN coalesce(x.aliases, []) WHERE qa = trim(replace(replace(replace(replace(toLower(alias), '-', ' '), '.', ''), "'", ''), '’', '')))
       OR all(word IN split(qa, ' ') WHERE word IN split(trim(replace(replace(replace(replace(toLower(x.name), '-', ' '), '.', ''), "'", ''), '’', '')), ' ')))
  AND (qb = trim(replace(replace(replace(replace(toLower(y.name), '-', ' '), '.', ''), "'", ''), '’', ''))
       OR any(alias IN coalesce(y.aliases, []) WHERE qb = trim(replace(replace(replace(replace(toLower(alias), '-', ' '), '.', ''), "'", ''), '’', '')))
       OR all(word IN split(qb, ' ') WHERE word IN split(trim(replace(replace(replace(replace(toLower(y.name), '-', ' '), '.', ''), "'", ''), '’', '')), ' ')))
RETURN e.startDate AS startDate, e.endDate AS endDate, e.type AS type, e.status AS status,
  x.name AS a, rx.role AS aRole, y.name AS b, ry.role AS bRole,
  COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(place) RETURN DISTINCT place.name AS name ORDER BY name } AS places,
  e.summary AS summary, e.id AS event
ORDER BY startDate, endDate, event, a, b;
