// Checks every PromQL expression of the Grafana dashboard and of the PrometheusRule in
// k8s/monitoring against a metrics sample captured from the gateway:
//   - the expression parses (the Prometheus project's Lezer grammar of PromQL);
//   - each metric exists in the sample, unless it is one Prometheus or kube-state-metrics adds;
//   - each label in a matcher, a by/without list or an on/ignoring list exists on a metric of the
//     expression, or is a label Prometheus adds to every scraped series;
//   - each value of an = or =~ matcher made of plain alternatives (a|b) occurs in the sample;
//   - legends ({{label}}) and alert annotations ({{ $labels.x }}) name labels the result can have;
//   - each alert has a severity label and summary and description annotations.
// The parser checks syntax only; `promtool check rules` also checks types.
//
// Usage: node check-promql.mjs DASHBOARD.json RULES.yaml METRICS.txt
// METRICS.txt is the output of /q/metrics; see docs/operations.md for how to capture it again.

import { readFileSync } from 'node:fs';
import { parser } from '@prometheus-io/lezer-promql';
import { parse as parseYaml } from 'yaml';

/** Labels that Prometheus adds to every series scraped through a ServiceMonitor or PodMonitor. */
const TARGET_LABELS = new Set(['job', 'instance', 'namespace', 'pod', 'service', 'container', 'endpoint']);

/** Metrics that do not come from the gateway, with the labels the expressions may use. */
const EXTERNAL_METRICS = new Map([
  ['up', new Set()],
  ['kube_pod_status_ready', new Set(['condition', 'uid'])],
]);

/** Grafana's built-in interval variables, replaced by a duration so that the parser accepts them. */
const GRAFANA_INTERVALS = /\$(__rate_interval|__interval|__range)\b/g;

const [dashboardPath, rulesPath, metricsPath] = process.argv.slice(2);
if (!metricsPath) {
  console.error('usage: node check-promql.mjs DASHBOARD.json RULES.yaml METRICS.txt');
  process.exit(2);
}

const sample = readMetricsSample(metricsPath);
const failures = [];
let checked = 0;

checkDashboard(JSON.parse(readFileSync(dashboardPath, 'utf8')));
checkRules(parseYaml(readFileSync(rulesPath, 'utf8')));

for (const failure of failures) {
  console.error(`FAIL ${failure}`);
}
console.log(`monitoring: ${checked} expressions checked, ${failures.length} problems`);
process.exit(failures.length === 0 ? 0 : 1);

/** Returns metric name -> label name -> set of values seen in a Prometheus or OpenMetrics text. */
function readMetricsSample(path) {
  const metrics = new Map();
  const series = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s/;
  const label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = line.startsWith('#') ? null : series.exec(line);
    if (!match) {
      continue;
    }
    const labels = metrics.get(match[1]) ?? new Map();
    metrics.set(match[1], labels);
    for (const [, name, value] of (match[2] ?? '').matchAll(label)) {
      if (!labels.has(name)) {
        labels.set(name, new Set());
      }
      labels.get(name).add(value);
    }
  }
  if (metrics.size === 0) {
    throw new Error(`${path} contains no series`);
  }
  return metrics;
}

function checkDashboard(dashboard) {
  const panels = (dashboard.panels ?? []).flatMap((panel) => [panel, ...(panel.panels ?? [])]);
  for (const panel of panels) {
    for (const target of panel.targets ?? []) {
      const where = `dashboard panel "${panel.title}" ${target.refId}`;
      if (target.datasource?.uid !== '${datasource}') {
        failures.push(`${where}: the datasource is not the variable \${datasource}`);
      }
      const result = checkExpression(where, target.expr);
      for (const [, name] of (target.legendFormat ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
        if (result && !result.resultLabels.has(name)) {
          failures.push(`${where}: the legend names {{${name}}}, which the result does not have`);
        }
      }
    }
  }
  for (const variable of dashboard.templating?.list ?? []) {
    if (variable.type !== 'query') {
      continue;
    }
    const query = typeof variable.query === 'string' ? variable.query : variable.query?.query;
    const match = /^label_values\((.*),\s*(\w+)\)$/.exec(query ?? '');
    if (!match) {
      failures.push(`dashboard variable ${variable.name}: expected label_values(selector, label), got ${query}`);
      continue;
    }
    const where = `dashboard variable ${variable.name}`;
    const result = checkExpression(where, match[1]);
    if (result && !result.knownLabels.has(match[2])) {
      failures.push(`${where}: no metric of ${match[1]} has the label ${match[2]}`);
    }
  }
}

function checkRules(resource) {
  if (resource?.apiVersion !== 'monitoring.coreos.com/v1' || resource?.kind !== 'PrometheusRule') {
    failures.push('rules: expected apiVersion monitoring.coreos.com/v1 and kind PrometheusRule');
  }
  for (const group of resource?.spec?.groups ?? []) {
    for (const rule of group.rules ?? []) {
      const where = `rule ${rule.alert ?? rule.record} in group ${group.name}`;
      const result = checkExpression(where, String(rule.expr));
      if (!rule.alert) {
        continue;
      }
      if (!rule.labels?.severity) {
        failures.push(`${where}: no severity label`);
      }
      for (const key of ['summary', 'description']) {
        const text = rule.annotations?.[key];
        if (!text) {
          failures.push(`${where}: no ${key} annotation`);
          continue;
        }
        for (const [, name] of text.matchAll(/\$labels\.(\w+)/g)) {
          if (result && !result.resultLabels.has(name)) {
            failures.push(`${where}: the ${key} names $labels.${name}, which the result does not have`);
          }
        }
      }
    }
  }
}

/**
 * Parses one expression and records every problem found in it. Returns the labels its metrics
 * have (knownLabels) and the labels its result can carry (resultLabels), or null when it does not
 * parse.
 */
function checkExpression(where, text) {
  checked++;
  const expression = text.replace(GRAFANA_INTERVALS, '5m');
  const tree = parser.parse(expression);
  const errors = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError) {
        errors.push(node.from);
      }
    },
  });
  if (errors.length > 0) {
    const at = errors[0];
    failures.push(`${where}: syntax error at offset ${at}: ...${expression.slice(Math.max(0, at - 30), at + 30)}...`);
    return null;
  }

  const source = (node) => expression.slice(node.from, node.to);
  const knownLabels = new Set(TARGET_LABELS);
  const groupingLabels = [];
  let aggregated = false;

  tree.iterate({
    enter(node) {
      if (node.name === 'AggregateExpr') {
        aggregated = true;
      }
      if (node.name === 'VectorSelector') {
        checkSelector(where, node.node, source, knownLabels);
        return false;
      }
      if (node.name === 'GroupingLabels') {
        for (let label = node.node.firstChild; label; label = label.nextSibling) {
          if (label.name === 'LabelName') {
            groupingLabels.push(source(label));
          }
        }
      }
      return undefined;
    },
  });

  for (const label of groupingLabels) {
    if (!knownLabels.has(label)) {
      failures.push(`${where}: groups by ${label}, which no metric of the expression has`);
    }
  }
  // An aggregation keeps only its grouping labels. Without one, the result keeps its series' labels.
  const resultLabels = aggregated ? new Set(groupingLabels) : knownLabels;
  return { knownLabels, resultLabels };
}

/** Checks one vector selector and adds the labels of its metric to knownLabels. */
function checkSelector(where, selector, source, knownLabels) {
  const matchers = [];
  let metric = null;
  for (let child = selector.firstChild; child; child = child.nextSibling) {
    if (child.name === 'Identifier') {
      metric = source(child);
    }
    if (child.name === 'LabelMatchers') {
      for (let matcher = child.firstChild; matcher; matcher = matcher.nextSibling) {
        if (matcher.name === 'UnquotedLabelMatcher') {
          matchers.push({
            label: source(matcher.getChild('LabelName')),
            op: source(matcher.getChild('MatchOp')),
            value: JSON.parse(source(matcher.getChild('StringLiteral')).replace(/^'|'$/g, '"')),
          });
        }
      }
    }
  }
  if (metric === null) {
    failures.push(`${where}: a selector without a metric name: ${source(selector)}`);
    return;
  }

  const external = EXTERNAL_METRICS.get(metric);
  const labels = sample.get(metric);
  if (!external && !labels) {
    failures.push(`${where}: the metric ${metric} is not in the metrics sample`);
    return;
  }
  const allowed = new Set([...TARGET_LABELS, ...(external ?? labels.keys())]);
  for (const label of allowed) {
    knownLabels.add(label);
  }

  for (const { label, op, value } of matchers) {
    if (!allowed.has(label)) {
      failures.push(`${where}: ${metric} has no label ${label}`);
      continue;
    }
    // Only positive matchers of the gateway's own labels are compared with the sample: a value
    // the sample lacks would make the selector match nothing.
    const seen = labels?.get(label);
    if (!seen || value.includes('$') || (op !== '=' && op !== '=~')) {
      continue;
    }
    const alternatives = op === '=' ? [value] : plainAlternatives(value);
    for (const alternative of alternatives) {
      if (!seen.has(alternative)) {
        failures.push(`${where}: ${metric}{${label}="${alternative}"} does not occur in the metrics sample`);
      }
    }
  }
}

/** Returns the alternatives of a regular expression such as a|b_c, or none if it has other syntax. */
function plainAlternatives(regex) {
  return /^[\w-]+(\|[\w-]+)*$/.test(regex) ? regex.split('|') : [];
}
