// events-in-range: every event whose dates meet a range of days, in date order, with participants and places.
//
// Parameters:
//   $from  (optional) ISO day, as a string or a date: leaves out events that ended before it
//   $to    (optional) ISO day, as a string or a date: leaves out events that started after it
// With either set, undated events are left out; with both null, every event is listed, undated ones last.
//
// Example (cypher-shell):
//   :param from => '2011-06-01'
//   :param to => '2011-12-31'
//   :source queries/events-in-range.cypher
WITH date($from) AS fromDay, date($to) AS toDay
MATCH (e:Event)
WHERE (fromDay IS NULL OR e.endDate >= fromDay)
  AND (toDay IS NULL OR e.startDate <= toDay)
RETURN e.startDate AS startDate, e.endDate AS endDate, e.type AS type, e.status AS status,
  COLLECT { MATCH (p)-[r:PARTICIPATED_IN]->(e) RETURN p.name + ' (' + r.role + ')' AS name ORDER BY name } AS participants,
  COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(place) RETURN DISTINCT place.name AS name ORDER BY name } AS places,
  e.summary AS summary, e.id AS event
ORDER BY startDate, endDate, event;
