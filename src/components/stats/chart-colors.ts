/**
 * Colours for charts drawn by recharts, as CSS variables (src/app/globals.css defines the
 * --chart-* values for the light and the dark scheme), so a chart follows the system's scheme
 * without script. SVG presentation attributes accept var() in every current browser.
 */
export const chartColors = {
  grid: "var(--chart-grid)",
  axis: "var(--chart-axis)",
  clicks: "var(--chart-clicks)",
  clicksBar: "var(--chart-clicks-bar)",
  revenueBar: "var(--chart-revenue-bar)",
  conversions: "var(--chart-conversions)",
} as const;

/** Axis labels: small, in the muted text colour. */
export const chartTick = { fontSize: 12, fill: chartColors.axis } as const;

/** Recharts' tooltip draws a white box with inline styles: these follow the scheme instead. */
export const chartTooltip = {
  contentStyle: {
    backgroundColor: "var(--chart-surface)",
    borderColor: "var(--chart-line)",
    color: "var(--chart-text)",
  },
  labelStyle: { color: "var(--chart-text)" },
  cursor: { fill: "var(--chart-grid)", stroke: "var(--chart-line)" },
} as const;
