// actor-timeline: every event an actor (person, organisation, country) took part in, in date order.
//
// Parameters:
//   $actor  (required) a name or alias: 'Kim Jong-il', 'kim jong il', 'Putin'
//   $from   (optional) ISO day, as a string or a date: leaves out events that ended before it
//   $to     (optional) ISO day, as a string or a date: leaves out events that started after it
// With $from or $to set, undated events are left out; otherwise they come last.
// Names match case-insensitively against an entity's name and aliases, ignoring hyphens, dots and
// apostrophes; a query of whole words also matches a name containing them all ("Putin" matches "Vladimir Putin").
//
// Example (cypher-shell):
//   :param actor => 'Kim Jong-il'
//   :param from => '2001-01-01'
//   :param to => null
//   :source queries/actor-timeline.cypher
WITH trim(replace(replace(replace(replace(toLower($actor), '-', ' '), '.', ''), "'", ''), '’', '')) AS q, date($from) AS fromDay, date($to) AS toDay
MATCH (who)-[role:PARTICIPATED_IN]->(e:Event)
WHERE (q = trim(replace(replace(replace(replace(toLower(who.name), '-', ' '), '.', ''), "'", ''), '’', ''))
       OR any(alias IN coalesce(who.aliases, []) WHERE q = trim(replace(replace(replace(replace(toLower(alias), '-', ' '), '.', ''), "'", ''), '’', '')))
       OR all(word IN split(q, ' ') WHERE word IN split(trim(replace(replace(replace(replace(toLower(who.name), '-', ' '), '.', ''), "'", ''), '’', '')), ' ')))
  AND (fromDay IS NULL OR e.endDate >= fromDay)
  AND (toDay IS NULL OR e.startDate <= toDay)
RETURN e.startDate AS startDate, e.endDate AS endDate, e.type AS type, e.status AS status,
  who.name AS actor, role.role AS role,
  COLLECT { MATCH (other)-[:PARTICIPATED_IN]->(e) WHERE other <> who RETURN DISTINCT other.name AS name ORDER BY name } AS others,
  COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(place) RETURN DISTINCT place.name AS name ORDER BY name } AS places,
  e.summary AS summary, e.id AS event
ORDER BY startDate, endDate, event;
