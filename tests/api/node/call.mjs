// One call to the API with a real, independent gRPC-Web client library, for tests/api/test_node_clients.py.
//
//   node call.mjs '<json>'   with {client, url, token, method, request, deadlineMs, maxMessages}
//   client: "connect"      @connectrpc/connect-node createGrpcWebTransport (binary)
//           "grpc-web"     the official grpc-web runtime, format "text" (XMLHttpRequest from xhr2)
// Prints one JSON object: {messages: [<proto3 JSON>...], code: "OK" | "<gRPC code name>", message}.
import { fromBinary, fromJson, toBinary, toJson } from '@bufbuild/protobuf';
import { Code, ConnectError, createClient } from '@connectrpc/connect';
import { createGrpcWebTransport } from '@connectrpc/connect-node';
import grpcWeb from 'grpc-web';
import XMLHttpRequest from 'xhr2';

import { TimeseriesService } from './gen/timeseries/v1/timeseries_pb.js';

const args = JSON.parse(process.argv[2]);
const method = TimeseriesService.method[args.method[0].toLowerCase() + args.method.slice(1)];
const request = fromJson(method.input, args.request ?? {});
const maxMessages = args.maxMessages ?? Infinity;
const messages = [];

// gRPC status names as in the gRPC spec (Connect's Code enum uses CamelCase names).
const codeName = (n) => (n === 0 ? 'OK' : Code[n].replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase());
const done = (code, message = '') => {
  process.stdout.write(JSON.stringify({ messages, code, message }) + '\n');
  process.exit(0);
};

async function viaConnect() {
  const transport = createGrpcWebTransport({ baseUrl: args.url, httpVersion: '1.1', useBinaryFormat: true });
  const client = createClient(TimeseriesService, transport);
  const options = { headers: args.token ? { authorization: `Bearer ${args.token}` } : {} };
  if (args.deadlineMs) options.timeoutMs = args.deadlineMs;
  const controller = new AbortController();
  options.signal = controller.signal;
  try {
    if (method.methodKind === 'server_streaming') {
      for await (const reply of client[method.localName](request, options)) {
        messages.push(toJson(method.output, reply));
        if (messages.length >= maxMessages) {
          controller.abort();
          break;
        }
      }
    } else {
      messages.push(toJson(method.output, await client[method.localName](request, options)));
    }
    done('OK');
  } catch (err) {
    const e = ConnectError.from(err);
    done(codeName(e.code), e.rawMessage);
  }
}

function viaGrpcWeb() {
  globalThis.XMLHttpRequest = XMLHttpRequest;
  const { GrpcWebClientBase, MethodDescriptor, MethodType } = grpcWeb;
  const client = new GrpcWebClientBase({ format: 'text' });
  const streaming = method.methodKind === 'server_streaming';
  const descriptor = new MethodDescriptor(
    `/${TimeseriesService.typeName}/${method.name}`,
    streaming ? MethodType.SERVER_STREAMING : MethodType.UNARY,
    Object,
    Object,
    (msg) => toBinary(method.input, msg),
    (bytes) => fromBinary(method.output, bytes),
  );
  const metadata = args.token ? { authorization: `Bearer ${args.token}` } : {};
  if (args.deadlineMs) metadata.deadline = String(Date.now() + args.deadlineMs);
  const url = `${args.url}/${TimeseriesService.typeName}/${method.name}`;
  const toName = (code) => (code === 0 ? 'OK' : codeName(code));
  if (!streaming) {
    client.rpcCall(url, request, metadata, descriptor, (err, reply) => {
      if (err) return done(toName(err.code), err.message);
      messages.push(toJson(method.output, reply));
      return done('OK');
    });
    return;
  }
  const stream = client.serverStreaming(url, request, metadata, descriptor);
  stream.on('data', (reply) => {
    messages.push(toJson(method.output, reply));
    if (messages.length >= maxMessages) {
      stream.cancel();
      done('OK');
    }
  });
  stream.on('error', (err) => done(toName(err.code), err.message));
  stream.on('status', (status) => {
    if (status.code !== 0) done(toName(status.code), status.details);
  });
  stream.on('end', () => done('OK'));
}

if (args.client === 'connect') await viaConnect();
else viaGrpcWeb();
