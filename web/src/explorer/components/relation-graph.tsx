import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { ExplorerLink } from '../explorer-link.js';
import { useLang } from '../language.js';
import { messagesFor } from '../messages.js';
import type { ResourceLink } from '../resource-link.js';

/** One edge of the picture: `from` → `to` of a relation kind. */
export interface GraphEdge {
  kind: string;
  from: ResourceLink;
  to: ResourceLink;
}

/** How an edge of each relation kind is drawn; the legend names the groups. */
export type EdgeGroup = 'hierarchy' | 'alternative' | 'variant' | 'reference';

/** Which group a relation kind is drawn in. */
export function edgeGroup(kind: string): EdgeGroup {
  if (kind === 'parent_of') return 'hierarchy';
  if (kind === 'alternative_to') return 'alternative';
  if (kind === 'variant_of' || kind === 'builds_on') return 'variant';
  return 'reference';
}

// Cytoscape adds a <style> element unless one with this id exists; a strict CSP refuses inline
// styles, so the rule it would add lives in styles.css and this placeholder stops the insertion.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
function claimCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.prepend(placeholder);
}

const COLORS: Record<EdgeGroup, string> = { hierarchy: '#1f4e8c', alternative: '#b34700', variant: '#6b2fa3', reference: '#5c5c5c' };

function elementsOf(current: ResourceLink, edges: GraphEdge[]): ElementDefinition[] {
  const nodes = new Map<string, ResourceLink>([[current.name, current]]);
  const seen = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const edge of edges) {
    const id = `${edge.from.name}|${edge.kind}|${edge.to.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    nodes.set(edge.from.name, edge.from);
    nodes.set(edge.to.name, edge.to);
    elements.push({ data: { id, source: edge.from.name, target: edge.to.name, group: edgeGroup(edge.kind), label: edge.kind.toLowerCase().replace(/_/g, ' ') } });
  }
  return [
    ...[...nodes.values()].map((r) => ({ data: { id: r.name, label: r.displayName, category: r.category.slug }, classes: r.name === current.name ? 'current' : '' })),
    ...elements,
  ];
}

/** Where a node is drawn, so that a real link can lie over it. */
interface NodeBox {
  resource: ResourceLink;
  left: number;
  top: number;
  width: number;
  height: number;
}

function boxesOf(cy: Core): NodeBox[] {
  return cy.nodes().map((node) => {
    const box = node.renderedBoundingBox({});
    const data = node.data() as { id: string; label: string; category: string };
    return { resource: { name: data.id, displayName: data.label, category: { slug: data.category } }, left: box.x1, top: box.y1, width: box.w, height: box.h };
  });
}

/**
 * The resource's relations drawn as a picture: chains top to bottom, the current resource
 * highlighted. Each node is covered by a real link, so it can be clicked, tabbed to and opened in a
 * new tab like any other link; the same relations are also listed as text beside it.
 */
export function RelationGraph({ current, edges }: { current: ResourceLink; edges: GraphEdge[] }) {
  const lang = useLang();
  const m = messagesFor(lang);
  const container = useRef<HTMLDivElement>(null);
  const [boxes, setBoxes] = useState<NodeBox[]>([]);
  const key = JSON.stringify([current, edges]);
  useEffect(() => {
    if (!container.current) return;
    claimCytoscapeStylesheet();
    const cy: Core = cytoscape({
      container: container.current,
      elements: elementsOf(current, edges),
      layout: { name: 'breadthfirst', directed: true, spacingFactor: 0.8, padding: 12 },
      // Fitting three nodes into the frame would blow them up; keep them at reading size.
      maxZoom: 1.25,
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': '#ffffff',
            'border-color': '#1f4e8c',
            'border-width': 2,
            color: '#111111',
            'font-size': 16,
            'text-valign': 'center',
            'text-halign': 'center',
            shape: 'round-rectangle',
            width: 'label',
            height: 34,
            'padding-left': '10px',
            'padding-right': '10px',
          } as cytoscape.Css.Node,
        },
        { selector: 'node.current', style: { 'background-color': '#1f4e8c', color: '#ffffff', 'font-weight': 'bold' } },
        {
          selector: 'edge',
          style: { width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.2, label: 'data(label)', 'font-size': 12, color: '#333333', 'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-rotation': 'autorotate' },
        },
        ...(Object.keys(COLORS) as EdgeGroup[]).map((group) => ({
          selector: `edge[group = "${group}"]`,
          style: { 'line-color': COLORS[group], 'target-arrow-color': COLORS[group], 'line-style': group === 'hierarchy' ? 'solid' : group === 'alternative' ? 'dashed' : 'dotted' } as cytoscape.Css.Edge,
        })),
      ],
    });
    setBoxes(boxesOf(cy));
    const refit = () => {
      cy.resize();
      cy.fit(undefined, 16);
      setBoxes(boxesOf(cy));
    };
    window.addEventListener('resize', refit);
    return () => {
      window.removeEventListener('resize', refit);
      cy.destroy();
    };
    // The key stands for current and edges: redraw only when what is drawn changes.
  }, [key]);
  return (
    <figure className="relation-graph">
      <div className="graph-frame">
        <div ref={container} className="graph-canvas" role="img" aria-label={m.relationGraphLabel(current.displayName)} />
        <nav className="graph-nodes" aria-label={m.relationGraph}>
          {boxes.map((box) => (
            <ExplorerLink
              key={box.resource.name}
              to={{ view: 'resource', category: box.resource.category.slug, name: box.resource.name }}
              className="graph-node"
              aria-current={box.resource.name === current.name ? 'page' : undefined}
              style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
            >
              <span className="visually-hidden">{box.resource.displayName}</span>
            </ExplorerLink>
          ))}
        </nav>
      </div>
      <figcaption className="legend">
        {(Object.keys(COLORS) as EdgeGroup[]).map((group) => (
          <span key={group} className={`legend-item legend-${group}`}>
            {group === 'hierarchy' ? m.legendHierarchy : group === 'alternative' ? m.legendAlternative : group === 'variant' ? m.legendVariant : m.legendReference}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
