import * as Plot from '@observablehq/plot';
import { geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { useEffect, useMemo, useRef } from 'react';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { NUMERIC_BY_ALPHA3 } from '../i18n/numericCodes.js';

/** Months with both series side by side, never stacked: transfers recorded one by one, persons reported by sources. */
export interface MonthRow {
  month: string;
  series: string;
  value: number;
}

/** Individual transfers and reported persons by month, as grouped bars (Observable Plot, drawn as SVG). */
export function MonthChart({ rows, label }: { rows: MonthRow[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot({
      width: Math.min(900, container.current?.clientWidth ?? 640),
      height: 260,
      marginLeft: 56,
      x: { axis: null },
      fx: { label: null, tickRotate: -30 },
      y: { grid: true, label: null },
      color: { legend: true },
      marks: [
        Plot.barY(rows, {
          fx: 'month',
          x: 'series',
          y: 'value',
          fill: 'series',
          title: (row: MonthRow) => `${row.series}: ${row.value}`,
        }),
        Plot.ruleY([0]),
      ],
      ariaLabel: label,
    });
    // The whole chart is one image with one label (its numbers are in the table below): Plot's labels on its
    // groups are not allowed on an unroled <g> and would be read out one by one.
    chart.querySelectorAll('[aria-label], [aria-description]').forEach((element) => {
      element.removeAttribute('aria-label');
      element.removeAttribute('aria-description');
    });
    container.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [rows, label]);
  return <div ref={container} role="img" aria-label={label} />;
}

/** One agreement on the diffusion chart: when it was first reported, between whom, of what kind. */
export interface DiffusionRow {
  date: Date;
  states: string;
  kind: string;
}

/** Agreements on a time axis, one row per pair of states, coloured by kind (who copied the model when). */
export function DiffusionChart({ rows, label }: { rows: DiffusionRow[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot({
      width: Math.min(900, container.current?.clientWidth ?? 640),
      height: 40 + 22 * new Set(rows.map((row) => row.states)).size,
      marginLeft: 220,
      x: { label: null, grid: true },
      y: { label: null },
      color: { legend: true },
      marks: [
        Plot.dot(rows, {
          x: 'date',
          y: 'states',
          fill: 'kind',
          r: 6,
          title: (row: DiffusionRow) => row.states,
        }),
        Plot.ruleY(rows, { y: 'states', stroke: '#e2e8f0' }),
      ],
    });
    chart.querySelectorAll('[aria-label], [aria-description]').forEach((element) => {
      element.removeAttribute('aria-label');
      element.removeAttribute('aria-description');
    });
    container.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [rows, label]);
  return <div ref={container} role="img" aria-label={label} />;
}

export interface Flow {
  from: string;
  to: string;
  persons: number;
  label: string;
}

const countries = feature(
  world as unknown as Topology,
  (world as unknown as Topology).objects.countries as Parameters<typeof feature>[1],
) as unknown as { features: Array<GeoJSON.Feature & { id?: string }> };

/** A world map (Natural Earth, from the bundle: nothing fetched) with arrows from sending to receiving states. */
export function FlowMap({ flows, label }: { flows: Flow[]; label: string }) {
  const projection = useMemo(() => geoNaturalEarth1().fitSize([900, 460], { type: 'Sphere' }), []);
  const path = geoPath(projection);
  const centroid = (alpha3: string) => {
    const numeric = NUMERIC_BY_ALPHA3[alpha3];
    const shape = countries.features.find((candidate) => String(candidate.id) === numeric);
    return shape ? projection(geoCentroid(shape)) : null;
  };
  const widest = Math.max(1, ...flows.map((flow) => flow.persons));
  return (
    <svg viewBox="0 0 900 460" role="img" aria-label={label} style={{ width: '100%', height: 'auto' }}>
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="4"
          markerHeight="4"
          orient="auto"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#0b5cad" />
        </marker>
      </defs>
      <path d={path({ type: 'Sphere' }) ?? ''} fill="#f1f5f9" stroke="#d5dae1" />
      {countries.features.map((shape, index) => (
        <path key={index} d={path(shape) ?? ''} fill="#e2e8f0" stroke="#fff" strokeWidth={0.5} />
      ))}
      {flows.map((flow) => {
        const from = centroid(flow.from);
        const to = centroid(flow.to);
        if (!from || !to) return null;
        const [x1, y1] = from;
        const [x2, y2] = to;
        const bend = Math.hypot(x2 - x1, y2 - y1) / 4;
        const d = `M ${x1} ${y1} Q ${(x1 + x2) / 2} ${(y1 + y2) / 2 - bend} ${x2} ${y2}`;
        return (
          <path
            key={`${flow.from}-${flow.to}`}
            d={d}
            fill="none"
            stroke="#0b5cad"
            strokeOpacity={0.75}
            strokeWidth={1 + (7 * flow.persons) / widest}
            markerEnd="url(#arrow)"
          >
            <title>{flow.label}</title>
          </path>
        );
      })}
    </svg>
  );
}
