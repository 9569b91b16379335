/**
 * cdk-nag 3 acknowledges a finding by its id, `<rule>[<finding>]`; for a resource in an IAM policy the finding is
 * `Resource::<the resource as cdk-nag flattens it>`. The constructs that acknowledge their own IAM5 findings (and
 * `acknowledgeGrantFindings`) compute ids with this copy of cdk-nag's flattening, so no construct imports cdk-nag.
 */

/** A resolved CloudFormation value as cdk-nag 3 flattens it into a finding id (its `flattenCfnReference`). */
export function flattenCfnReference(node: unknown): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.replace(/\$\{/g, '<').replace(/\}/g, '>');
  const o = node as Record<string, unknown>;
  if (o['Fn::Join']) {
    const [delimiter, items] = o['Fn::Join'] as [string, unknown[]];
    return items.map(flattenCfnReference).join(delimiter);
  }
  if (o['Fn::Sub']) return flattenCfnReference(o['Fn::Sub']);
  if (o['Fn::GetAtt']) {
    const [resource, attribute] = o['Fn::GetAtt'] as [unknown, unknown];
    return `<${flattenCfnReference(resource)}.${flattenCfnReference(attribute)}>`;
  }
  if (o['Fn::ImportValue']) return flattenCfnReference(o['Fn::ImportValue']);
  if (o.Ref) return `<${flattenCfnReference(o.Ref)}>`;
  return JSON.stringify(node);
}
