/** What every Observable Plot chart here needs under the server's CSP. */
import type { RenderFunction } from '@observablehq/plot';

/**
 * Plot puts a <style> element in each chart; the CSP blocks inline styles,
 * so it is removed before the chart reaches the page and style.css carries
 * its rules for the class name given to Plot.
 */
export function withoutInlineStyles<T extends Element>(chart: T): T {
  for (const style of chart.querySelectorAll('style')) style.remove();
  return chart;
}

/** A render hook that gives each element of a mark the id of the claim it draws (data-claim), for readers and tests. */
export function tagClaimIds(claimIds: readonly string[]): RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    if (!group) return group;
    const elements = Array.from(group.children).filter((child) => child.tagName !== 'title');
    Array.from(index).forEach((datum, position) => {
      const claimId = claimIds[datum];
      if (claimId !== undefined) elements[position]?.setAttribute('data-claim', claimId);
    });
    return group;
  };
}
