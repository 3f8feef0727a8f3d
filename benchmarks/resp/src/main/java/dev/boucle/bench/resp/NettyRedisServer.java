package dev.boucle.bench.resp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.redis.ArrayRedisMessage;
import io.netty.handler.codec.redis.ErrorRedisMessage;
import io.netty.handler.codec.redis.FullBulkStringRedisMessage;
import io.netty.handler.codec.redis.InlineCommandRedisMessage;
import io.netty.handler.codec.redis.RedisArrayAggregator;
import io.netty.handler.codec.redis.RedisBulkStringAggregator;
import io.netty.handler.codec.redis.RedisDecoder;
import io.netty.handler.codec.redis.RedisEncoder;
import io.netty.handler.codec.redis.RedisMessage;
import io.netty.handler.codec.redis.SimpleStringRedisMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RedisServer's peer on Netty 4.2 with its netty-codec-redis (decoder, aggregators, encoder): the
 * commands redis-benchmark's ping, set and get tests send (PING, SET, GET, CONFIG GET), on ONE event
 * loop, NIO or epoll. Replies are flushed once per read batch ({@code channelReadComplete}), so
 * pipelined requests leave in one write, as in the Boucle server. For benchmarks/resp/run.sh.
 *
 * <pre>java -cp benchmarks/resp/target/resp-peers.jar dev.boucle.bench.resp.NettyRedisServer PORT nio|epoll</pre>
 */
public final class NettyRedisServer {
    private static final SimpleStringRedisMessage OK = new SimpleStringRedisMessage("OK");
    private static final SimpleStringRedisMessage PONG = new SimpleStringRedisMessage("PONG");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        boolean epoll = args.length > 1 && args[1].equals("epoll");
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channel = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, io); // one event loop: accepts and serves
        Map<String, byte[]> store = new HashMap<>(); // one loop thread: no lock needed
        try {
            ServerBootstrap b = new ServerBootstrap()
                    .group(loop)
                    .channel(channel)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new RedisDecoder(true), new RedisBulkStringAggregator(),
                                    new RedisArrayAggregator(), new RedisEncoder(), new Handler(store));
                        }
                    });
            b.bind(port).sync();
            System.out.println("Netty (" + (epoll ? "epoll" : "NIO") + ", 1 event loop) RedisServer listening on port " + port);
            System.out.flush();
            loop.terminationFuture().sync();
        } finally {
            loop.shutdownGracefully();
        }
    }

    @ChannelHandler.Sharable
    static final class Handler extends SimpleChannelInboundHandler<RedisMessage> {
        private final Map<String, byte[]> store;

        Handler(Map<String, byte[]> store) {
            this.store = store;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, RedisMessage msg) {
            ctx.write(answer(msg));
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        private RedisMessage answer(RedisMessage msg) {
            List<ByteBuf> args = new ArrayList<>();
            if (msg instanceof ArrayRedisMessage) {
                for (RedisMessage m : ((ArrayRedisMessage) msg).children()) {
                    args.add(((FullBulkStringRedisMessage) m).content());
                }
            } else if (msg instanceof InlineCommandRedisMessage) {
                // redis-benchmark's PING_INLINE: "PING\r\n"
                for (String word : ((InlineCommandRedisMessage) msg).content().trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        args.add(Unpooled.wrappedBuffer(word.getBytes(StandardCharsets.ISO_8859_1)));
                    }
                }
            }
            if (args.isEmpty()) {
                return new ErrorRedisMessage("ERR Protocol error: expected a multibulk command");
            }
            String name = args.get(0).toString(StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
            switch (name) {
                case "PING":
                    return args.size() > 1 ? new FullBulkStringRedisMessage(args.get(1).retain()) : PONG;
                case "SET":
                    store.put(args.get(1).toString(StandardCharsets.ISO_8859_1), ByteBufUtil.getBytes(args.get(2)));
                    return OK;
                case "GET": {
                    byte[] v = store.get(args.get(1).toString(StandardCharsets.ISO_8859_1));
                    return v == null ? FullBulkStringRedisMessage.NULL_INSTANCE : new FullBulkStringRedisMessage(Unpooled.wrappedBuffer(v));
                }
                case "CONFIG": {
                    String p = args.size() > 2 ? args.get(2).toString(StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT) : "";
                    String v = p.equals("save") ? "" : p.equals("appendonly") ? "no" : null;
                    if (v == null) {
                        return ArrayRedisMessage.EMPTY_INSTANCE;
                    }
                    List<RedisMessage> kv = new ArrayList<>();
                    kv.add(new FullBulkStringRedisMessage(Unpooled.copiedBuffer(p, StandardCharsets.US_ASCII)));
                    kv.add(new FullBulkStringRedisMessage(Unpooled.copiedBuffer(v, StandardCharsets.US_ASCII)));
                    return new ArrayRedisMessage(kv);
                }
                default:
                    return new ErrorRedisMessage("ERR unknown command '" + name + "'");
            }
        }
    }
}
