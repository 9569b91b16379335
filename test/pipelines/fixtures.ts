/** Schemas of every format, valid as the serializers' parsers read them. */
export const ORDER_AVRO = JSON.stringify({
  type: 'record', name: 'Order', namespace: 'com.example.orders',
  fields: [{ name: 'id', type: 'string' }, { name: 'amountCents', type: 'long' }, { name: 'note', type: ['null', 'string'], default: null }],
});

export const ORDER_PROTO = `syntax = "proto3";
package orders;
import "google/protobuf/timestamp.proto";
message Order {
  string id = 1;
  int64 amount_cents = 2;
  google.protobuf.Timestamp placed_at = 3;
}
`;

export const ORDER_JSON_SCHEMA = JSON.stringify({
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: { id: { type: 'string' }, amountCents: { type: 'integer', minimum: 0 } },
  required: ['id'],
});

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/orders-consumer';
