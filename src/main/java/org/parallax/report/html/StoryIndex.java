package org.parallax.report.html;

import static org.parallax.report.html.Html.esc;

import java.util.List;
import java.util.Map;

/**
 * The site's front page: every story covered by two or more outlets in a table that filters as you type,
 * sorts by any column and pages 100 rows at a time (the rows are a JSON array in the page: no server), and
 * a coverage matrix of the most widely covered stories against the outlets that cover most stories.
 */
public final class StoryIndex {
  private StoryIndex() {}

  /** One story of the index. */
  public record Entry(String id, String label, long size, long outlets, String first, String last,
      String outletList, boolean blindspot) {}

  /** The matrix: its stories (id, label) in order, its outlets, and articles per story and outlet. */
  public record Matrix(List<String[]> stories, List<String> outlets, Map<String, Long> articles) {}

  /** {@code rowsJson} is the entries as a JSON array of arrays, in {@link #COLUMNS} order. */
  public static String render(String title, long stories, long singleOutlet, String rowsJson, Matrix matrix) {
    StringBuilder sb = new StringBuilder(Html.head(title));
    sb.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\" id=\"summary\">").append(stories)
        .append(" stories covered by two or more outlets (").append(singleOutlet)
        .append(" more have one outlet and are not listed). Click a column to sort; type to filter (or open index.html#q=words).</p>\n")
        .append("<p><input type=\"search\" id=\"filter\" placeholder=\"Filter: words, outlet, story id\">"
            + " <span class=\"pager\"><button id=\"prev\">&larr;</button><span id=\"page\"></span>"
            + "<button id=\"next\">&rarr;</button></span></p>\n")
        .append("<table id=\"stories\"><thead><tr><th data-k=\"1\">story</th><th data-k=\"2\">articles</th>"
            + "<th data-k=\"3\">outlets</th><th data-k=\"4\">first</th><th data-k=\"5\">last</th>"
            + "<th data-k=\"6\">who covered it</th><th data-k=\"7\">blindspot</th></tr></thead><tbody></tbody></table>\n");
    sb.append("<h2>Coverage matrix</h2>\n<p class=\"meta\">Articles per story and outlet: the ")
        .append(matrix.stories().size()).append(" stories with most outlets, the ").append(matrix.outlets().size())
        .append(" outlets covering most stories.</p>\n<table class=\"matrix\" id=\"matrix\"><tr><th>story</th>");
    for (String o : matrix.outlets()) {
      sb.append("<th class=\"rot\">").append(esc(o)).append("</th>");
    }
    sb.append("</tr>\n");
    for (String[] s : matrix.stories()) {
      sb.append("<tr><td><a href=\"").append(StoryPage.fileName(s[0])).append("\">").append(esc(s[1]))
          .append("</a></td>");
      for (String o : matrix.outlets()) {
        Long n = matrix.articles().get(s[0] + "\u0000" + o);
        sb.append(n == null ? "<td></td>" : "<td style=\"background:rgba(26,86,184," + Math.min(1.0, 0.25 + 0.25 * n)
            + ");color:#fff\">" + n + "</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n<script>const STORIES=").append(rowsJson.replace("</", "<\\/")).append(";\n")
        .append(SCRIPT).append("</script>\n</body></html>\n");
    return sb.toString();
  }

  /** The JSON row's fields, in order. */
  public static final List<String> COLUMNS = List.of("id", "label", "size", "outlets", "first", "last", "outlet_list",
      "blindspot");

  private static final String SCRIPT = """
      let rows = STORIES, key = 3, desc = true, page = 0;
      const PAGE = 100, body = document.querySelector('#stories tbody');
      const esc = s => String(s).replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
      const file = id => 'story-' + id.replace(/[^A-Za-z0-9_-]/g, '_') + '.html';
      function draw() {
        const q = document.getElementById('filter').value.toLowerCase();
        const shown = STORIES.filter(r => !q || (r[0] + ' ' + r[1] + ' ' + r[6]).toLowerCase().includes(q));
        shown.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * (desc ? -1 : 1) || (a[0] < b[0] ? -1 : 1));
        const pages = Math.max(1, Math.ceil(shown.length / PAGE));
        page = Math.min(page, pages - 1);
        body.innerHTML = shown.slice(page * PAGE, page * PAGE + PAGE).map(r => '<tr data-story="' + esc(r[0]) + '">'
          + '<td><a href="' + file(r[0]) + '">' + esc(r[1]) + '</a></td><td>' + r[2] + '</td><td>' + r[3] + '</td><td>'
          + esc(r[4]) + '</td><td>' + esc(r[5]) + '</td><td>' + esc(r[6]) + '</td><td>'
          + (r[7] ? '<span class="flag">blindspot</span>' : '') + '</td></tr>').join('');
        document.getElementById('page').textContent = ' page ' + (page + 1) + ' of ' + pages + ' (' + shown.length + ' stories) ';
      }
      document.querySelectorAll('#stories th').forEach(th => th.onclick = () => {
        const k = +th.dataset.k; desc = key === k ? !desc : k >= 2 && k <= 3; key = k; draw(); });
      document.getElementById('filter').oninput = () => { page = 0; draw(); };
      document.getElementById('prev').onclick = () => { page = Math.max(0, page - 1); draw(); };
      document.getElementById('next').onclick = () => { page++; draw(); };
      if (location.hash.startsWith('#q=')) document.getElementById('filter').value = decodeURIComponent(location.hash.slice(3));
      draw();
      """;
}
