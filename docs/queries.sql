-- Analyst questions as runnable SQL (DuckDB) over a Parallax output. Every query runs as written against the
-- bundled sample's reports (jobs/parallax run --input sample/seeds --outlets sample/outlets.csv --output
-- target/sample-reports): EndToEndTest runs each of them on its own run of the sample and expects rows.
-- For another output, replace target/sample-reports with its folder (or a hdfs:// / s3:// path DuckDB can read).
-- Column meanings: docs/reports.md. An unknown outlet is written as '(unknown)' (ECB+ has such articles), never
-- NULL: joins on outlet keep those rows.

-- 1. Coverage overview: stories covered by two or more outlets, largest first.
SELECT cluster_id, size, n_outlets, outlets, label_terms, representative_title
FROM read_parquet('target/sample-reports/clusters/*.parquet')
WHERE n_outlets >= 2
ORDER BY size DESC, cluster_id;

-- 2. Stories x outlets: articles per story and outlet (the heat map of the coverage notebook).
SELECT c.cluster_id, c.representative_title, v.outlet, v.articles, v.share
FROM read_parquet('target/sample-reports/coverage/*.parquet') v
JOIN read_parquet('target/sample-reports/clusters/*.parquet') c ON c.cluster_id = v.cluster_id
ORDER BY c.cluster_id, v.outlet NULLS LAST;

-- 3. Stories over time: new multi-outlet stories per week.
SELECT date_trunc('week', first_published_at) AS week, count(*) AS stories, sum(size) AS articles
FROM read_parquet('target/sample-reports/clusters/*.parquet')
WHERE n_outlets >= 2 AND first_published_at IS NOT NULL
GROUP BY ALL
ORDER BY week;

-- 4. Coverage share by outlet group (needs an outlet table: --outlets), and the stories one group missed.
SELECT group_column, group_value, count(*) AS stories, round(avg(article_share), 3) AS mean_article_share,
       count(*) FILTER (WHERE blindspot) AS blindspots
FROM read_parquet('target/sample-reports/group_coverage/*.parquet')
GROUP BY ALL
ORDER BY group_column, group_value;

-- 5. One story, outlet by outlet: headline, loaded and avoided words, what only it says, its tone.
SELECT outlet, headline, uses, avoids, unique_statements, omitted_statements, headline_tone, body_tone
FROM read_parquet('target/sample-reports/story_outlets/*.parquet')
WHERE cluster_id = (SELECT cluster_id FROM read_parquet('target/sample-reports/clusters/*.parquet')
                    ORDER BY n_outlets DESC, size DESC, cluster_id LIMIT 1)
ORDER BY outlet;

-- 6. The words behind it: each outlet's top loaded words in that story with the sentence that shows each.
SELECT outlet, rank, term, evidence_text
FROM read_parquet('target/sample-reports/framing_terms/*.parquet')
WHERE direction = 'uses' AND rank <= 3
  AND cluster_id = (SELECT cluster_id FROM read_parquet('target/sample-reports/clusters/*.parquet')
                    ORDER BY n_outlets DESC, size DESC, cluster_id LIMIT 1)
ORDER BY outlet, rank;

-- 7. Whom does each outlet quote on that story, and how much?
SELECT outlet, speaker, count(*) AS quotes, sum(words) AS words_quoted
FROM read_parquet('target/sample-reports/quotes/*.parquet')
WHERE speaker IS NOT NULL
  AND cluster_id = (SELECT cluster_id FROM read_parquet('target/sample-reports/clusters/*.parquet')
                    ORDER BY n_outlets DESC, size DESC, cluster_id LIMIT 1)
GROUP BY ALL
ORDER BY outlet, quotes DESC, speaker;

-- 8. Which outlet is harshest toward each entity named by two or more outlets of a story?
SELECT cluster_id, entity, arg_min(outlet, tone) AS harshest_outlet, min(tone) AS harshest_tone,
       arg_max(outlet, tone) AS mildest_outlet, max(tone) AS mildest_tone
FROM read_parquet('target/sample-reports/story_entities/*.parquet')
WHERE tone IS NOT NULL AND outlets_naming >= 2
GROUP BY ALL
HAVING count(*) >= 2
ORDER BY cluster_id, entity;

-- 9. Entities most outlets of a story name and one leaves out.
SELECT cluster_id, outlet, entity, kind, outlets_naming, outlets_in_story
FROM read_parquet('target/sample-reports/story_entities/*.parquet')
WHERE left_out
ORDER BY cluster_id, outlet, entity;

-- 10. Coverage joined to its articles, outlet by outlet (articles of unknown outlet under '(unknown)').
SELECT v.cluster_id, v.outlet, v.articles, count(a.article_id) AS listed
FROM read_parquet('target/sample-reports/coverage/*.parquet') v
JOIN read_parquet('target/sample-reports/articles/*.parquet') a
  ON a.cluster_id = v.cluster_id AND a.outlet = v.outlet
GROUP BY ALL
ORDER BY v.cluster_id, outlet;
