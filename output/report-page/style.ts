// The stylesheet of report.html: one colour per kind, a hidden kind's highlights switched off by a body class.
export const REPORT_STYLE = `
:root { --dates: #ffe08a; --figures: #b8e0ff; --organizations: #c9f2c0; --people: #ffc9de; --roles: #e2d4ff; }
body { font: 15px/1.55 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
header { padding: 16px 24px; background: #fff; border-bottom: 1px solid #ddd; position: sticky; top: 0; z-index: 2; }
header h1 { font-size: 20px; margin: 0 0 6px; }
#summary { padding: 12px 24px; }
.kind-counts { display: flex; gap: 8px; flex-wrap: wrap; list-style: none; padding: 0; }
.tops { display: flex; gap: 32px; flex-wrap: wrap; }
.tops h3 { font-size: 15px; margin: 8px 0 4px; }
#filters { display: flex; gap: 8px; flex-wrap: wrap; }
.filter, .kind-counts li { padding: 2px 8px; border-radius: 4px; cursor: pointer; }
main { padding: 0 24px 48px; }
.article { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 12px 20px; margin: 16px 0; }
.article h2 { font-size: 18px; margin: 4px 0; }
.meta { color: #666; font-size: 13px; margin: 0 0 8px; }
.qa-outline ol { margin: 4px 0 12px; }
.text { white-space: pre-wrap; }
mark.hl { border-radius: 3px; padding: 0 1px; color: inherit; }
.hl-dates { background: var(--dates); }
.hl-figures { background: var(--figures); }
.hl-organizations { background: var(--organizations); }
.hl-people { background: var(--people); }
.hl-roles { background: var(--roles); }
mark.hl-roles { background: transparent; border-bottom: 3px solid var(--roles); }
body.hide-dates mark.hl-dates, body.hide-figures mark.hl-figures, body.hide-organizations mark.hl-organizations,
body.hide-people mark.hl-people { background: transparent; }
body.hide-roles mark.hl-roles { border-bottom-color: transparent; }
mark.hl:focus { outline: 2px solid #333; }
#tooltip { position: absolute; background: #222; color: #fff; padding: 3px 8px; border-radius: 4px; font-size: 13px; pointer-events: none; z-index: 3; }
#pager { display: flex; gap: 4px; flex-wrap: wrap; padding: 8px 24px; }
#pager button.current { font-weight: bold; }
.note { color: #8a5a00; }
`;
