package dev.boucle.bench;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.ensureFuture;
import static dev.boucle.net.AsyncSocket.aiosocket;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import dev.boucle.net.AsyncSocket;
import dev.boucle.net.tls.TlsSocket;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 9's TLS benchmark: echo throughput of three TLS servers on one thread each, in MiB/s
 * (one operation is one MiB echoed: sent by the client and received back). The load is the same
 * for all: {@value #CONNECTIONS} JDK {@code SSLSocket} clients (platform threads), each streaming
 * {@value #MIB_PER_CONNECTION} MiB in 16 KiB writes (16 KiB TLS records) while another thread
 * reads the echo. Servers: {@code boucle}, {@code TlsSocket} tasks on one loop; {@code virtual},
 * a virtual thread per connection with {@code SSLSocket} streams, one carrier
 * ({@code -Djdk.virtualThreadScheduler.parallelism=1}); {@code netty}, Netty 4.1's
 * {@code SslHandler} (JDK provider) on one NIO event loop. All use the same {@code SSLContext}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djdk.virtualThreadScheduler.parallelism=1"})
public class TlsEchoBench {
    static final int CONNECTIONS = 4;
    static final int MIB_PER_CONNECTION = 8;
    static final int RECORD = 16 * 1024;

    TlsKeys keys;
    Thread boucleThread;
    Loop boucleLoop;
    AsyncSocket boucleListener;
    int bouclePort;
    ServerSocket virtualListener;
    EventLoopGroup nettyGroup;
    Channel nettyChannel;

    @Setup(Level.Trial)
    public void start() throws Exception {
        keys = new TlsKeys();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        if (boucleLoop != null) {
            boucleLoop.callSoonThreadsafe(boucleListener::close);
            boucleThread.join(10_000);
        }
        if (virtualListener != null) {
            virtualListener.close();
        }
        if (nettyGroup != null) {
            nettyChannel.close().sync();
            nettyGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    // ------------------------------------------------------------------ the load, the same for every server

    /** Streams MIB_PER_CONNECTION MiB through each of CONNECTIONS connections and reads the echo back. */
    long load(int port) throws Exception {
        Thread[] threads = new Thread[CONNECTIONS];
        long[] got = new long[CONNECTIONS];
        Throwable[] failed = new Throwable[1];
        for (int i = 0; i < CONNECTIONS; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                try (SSLSocket s = (SSLSocket) keys.client.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port)) {
                    s.setTcpNoDelay(true);
                    s.startHandshake();
                    long total = (long) MIB_PER_CONNECTION << 20;
                    Thread writer = new Thread(() -> {
                        try {
                            OutputStream out = s.getOutputStream();
                            byte[] record = new byte[RECORD];
                            for (long sent = 0; sent < total; sent += RECORD) {
                                out.write(record);
                            }
                            out.flush();
                        } catch (Exception e) {
                            failed[0] = e;
                        }
                    });
                    writer.start();
                    InputStream in = s.getInputStream();
                    byte[] buf = new byte[64 * 1024];
                    long n = 0;
                    while (n < total) {
                        int k = in.read(buf);
                        if (k < 0) {
                            throw new IllegalStateException("echo ended after " + n + " bytes");
                        }
                        n += k;
                    }
                    writer.join();
                    got[me] = n;
                } catch (Throwable e) {
                    failed[0] = e;
                }
            });
            threads[i].start();
        }
        long sum = 0;
        for (int i = 0; i < CONNECTIONS; i++) {
            threads[i].join();
            sum += got[i];
        }
        if (failed[0] != null) {
            throw new IllegalStateException("a client failed", failed[0]);
        }
        return sum;
    }

    // ------------------------------------------------------------------ Boucle

    @Async
    static Coroutine<Void> boucleAccept(AsyncSocket listener, javax.net.ssl.SSLContext ctx) {
        try {
            for (;;) {
                AsyncSocket c = await(listener.accept());
                await(ensureFuture(boucleEcho(c, ctx)));
            }
        } catch (dev.boucle.net.SocketClosedException stopped) {
            return done();
        }
    }

    @Async
    static Coroutine<Void> boucleEcho(AsyncSocket c, javax.net.ssl.SSLContext ctx) {
        try (TlsSocket tls = await(TlsSocket.server(c, ctx))) {
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            for (int n; (n = await(tls.read(buf.clear()))) >= 0; ) {
                buf.flip();
                await(tls.writeAll(buf));
            }
        } catch (RuntimeException e) {
            // the client went away
        }
        return done();
    }

    @Benchmark
    @OperationsPerInvocation(CONNECTIONS * MIB_PER_CONNECTION)
    public long boucle(Guards.Instrumented agent) throws Exception {
        if (boucleLoop == null) {
            boucleListener = aiosocket().bind("127.0.0.1", 0).listen();
            bouclePort = boucleListener.localPort();
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
            boucleThread = new Thread(() -> {
                try (Loop loop = new Loop()) {
                    boucleLoop = loop;
                    ready.countDown();
                    loop.runUntilComplete(boucleAccept(boucleListener, keys.server));
                }
            }, "boucle-tls-server");
            boucleThread.start();
            ready.await();
        }
        return load(bouclePort);
    }

    // ------------------------------------------------------------------ virtual threads

    @Benchmark
    @OperationsPerInvocation(CONNECTIONS * MIB_PER_CONNECTION)
    public long virtual(Guards.Virtual vt) throws Exception {
        if (virtualListener == null) {
            virtualListener = keys.server.getServerSocketFactory().createServerSocket(0, 128, InetAddress.getLoopbackAddress());
            ServerSocket l = virtualListener;
            VirtualThreads.start(() -> {
                try {
                    for (;;) {
                        Socket c = l.accept();
                        VirtualThreads.start(() -> {
                            try (c) {
                                c.setTcpNoDelay(true);
                                InputStream in = c.getInputStream();
                                OutputStream out = c.getOutputStream();
                                byte[] buf = new byte[64 * 1024];
                                for (int n; (n = in.read(buf)) >= 0; ) {
                                    out.write(buf, 0, n);
                                }
                            } catch (Exception e) {
                                // the client went away
                            }
                        });
                    }
                } catch (Exception stopped) {
                    // the listener was closed
                }
            });
        }
        return load(virtualListener.getLocalPort());
    }

    // ------------------------------------------------------------------ Netty

    @Benchmark
    @OperationsPerInvocation(CONNECTIONS * MIB_PER_CONNECTION)
    public long netty() throws Exception {
        if (nettyGroup == null) {
            SslContext ssl = new JdkSslContext(keys.server, false, ClientAuth.NONE);
            nettyGroup = new NioEventLoopGroup(1);
            nettyChannel = new ServerBootstrap().group(nettyGroup).channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(ssl.newHandler(ch.alloc()), new ChannelInboundHandlerAdapter() {
                                @Override
                                public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                    ctx.write(msg);
                                }

                                @Override
                                public void channelReadComplete(ChannelHandlerContext ctx) {
                                    ctx.flush();
                                }

                                @Override
                                public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                    ctx.close();
                                }
                            });
                        }
                    }).bind(InetAddress.getLoopbackAddress(), 0).sync().channel();
        }
        return load(((java.net.InetSocketAddress) nettyChannel.localAddress()).getPort());
    }
}
