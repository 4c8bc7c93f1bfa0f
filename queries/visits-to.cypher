// visits-to: the visits to a place or a country (a visit to Vladivostok is a visit to Russia), with who
// visited and who hosted, in date order.
//
// Parameters:
//   $place  (required) the name or an alias of a place or a country: 'Moscow', 'russia'
// Names match case-insensitively against an entity's name and aliases, ignoring hyphens, dots and
// apostrophes; a query of whole words also matches a name containing them all ("Putin" matches "Vladimir Putin").
//
// Example (cypher-shell):
//   :param place => 'Russia'
//   :source queries/visits-to.cypher
WITH trim(replace(replace(replace(replace(toLower($place), '-', ' '), '.', ''), "'", ''), '’', '')) AS q
MATCH (e:Event {type: 'Visit'})-[:TOOK_PLACE_IN]->(place)
WHERE (q = trim(replace(replace(replace(replace(toLower(place.name), '-', ' '), '.', ''), "'", ''), '’', ''))
       OR any(alias IN coalesce(place.aliases, []) WHERE q = trim(replace(replace(replace(replace(toLower(alias), '-', ' '), '.', ''), "'", ''), '’', '')))
       OR all(word IN split(q, ' ') WHERE word IN split(trim(replace(replace(replace(replace(toLower(place.name), '-', ' '), '.', ''), "'", ''), '’', '')), ' ')))
   OR EXISTS { MATCH (place)-[:LOCATED_IN]->(country) WHERE (q = trim(replace(replace(replace(replace(toLower(country.name), '-', ' '), '.', ''), "'", ''), '’', ''))
       OR any(alias IN coalesce(country.aliases, []) WHERE q = trim(replace(replace(replace(replace(toLower(alias), '-', ' '), '.', ''), "'", ''), '’', '')))
       OR all(word IN split(q, ' ') WHERE word IN split(trim(replace(replace(replace(replace(toLower(country.name), '-', ' '), '.', ''), "'", ''), '’', '')), ' '))) }
RETURN e.startDate AS startDate, e.endDate AS endDate, e.status AS status,
  COLLECT { MATCH (v)-[:PARTICIPATED_IN {role: 'visitor'}]->(e) RETURN DISTINCT v.name AS name ORDER BY name } AS visitors,
  COLLECT { MATCH (h)-[:PARTICIPATED_IN {role: 'host'}]->(e) RETURN DISTINCT h.name AS name ORDER BY name } AS hosts,
  place.name AS place,
  COLLECT { MATCH (place)-[:LOCATED_IN]->(c) RETURN DISTINCT c.name AS name ORDER BY name } AS country,
  e.summary AS summary, e.id AS event
ORDER BY startDate, endDate, event, place;
