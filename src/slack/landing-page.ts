/**
 * GET /: the page a team lands on before installing. Plain HTML and inline CSS, no script, no framework;
 * what it says about storage must stay true to db/schema.ts and the README.
 */

/** The landing page; `installPath` is where "Add to Slack" starts the OAuth flow. */
export function landingPageHtml(installPath = "/slack/install"): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>orderproof: supplier chats into purchase orders you can enforce</title>
<style>
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1c1d; margin: 0; background: #f8f8f8; }
  main { max-width: 42rem; margin: 0 auto; padding: 3rem 1.5rem; }
  h1 { color: #1d3b53; margin-bottom: 0.25rem; }
  h2 { font-size: 1.1rem; margin-top: 2rem; }
  .add { display: inline-flex; align-items: center; gap: 0.5rem; margin: 1.5rem 0; padding: 0.7rem 1.2rem;
    border-radius: 6px; background: #4a154b; color: #fff; font-weight: 600; text-decoration: none; }
  .add:hover, .add:focus { background: #611f69; }
  code { background: #eee; padding: 0 0.25rem; border-radius: 3px; }
</style>
</head>
<body>
<main>
<h1>orderproof</h1>
<p id="what">
  Paste a supplier chat into Slack with <code>/order new</code>: orderproof drafts the purchase order, every value citing the line it came from.<br>
  It flags the terms you could not win a Trade Assurance claim on and suggests measurable wording.<br>
  It reminds your channel of every deadline (deposit, shipping, inspection, dispute window) in the order's thread.
</p>
<a class="add" id="add-to-slack" href="${installPath}">Add to Slack</a>
<h2>What it stores, and for how long</h2>
<ul id="stores">
  <li>The chats you paste (the raw text), the orders drafted from them, their review findings, reminders and an audit trail of every change, kept per workspace and channel.</li>
  <li>Your workspace's bot token, encrypted (AES-256-GCM), until you remove the app.</li>
  <li>Orders and their history are kept while the app is installed and after you remove it, so they are there if you add it again; ask the operator of this server to delete them for good.</li>
  <li>No messages are read except the ones you paste or run "Extract order" on.</li>
</ul>
<h2>How to remove it</h2>
<p id="remove">
  In Slack, open <strong>Settings &amp; administration &rarr; Manage apps</strong>, choose orderproof and click <strong>Remove app</strong>.
  Its token is deleted at once and its reminders stop; no further message is posted.
</p>
</main>
</body>
</html>
`;
}
