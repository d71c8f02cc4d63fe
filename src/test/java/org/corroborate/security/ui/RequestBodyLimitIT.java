package org.corroborate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.corroborate.CorroborateIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CorroborateIntegrationTest
class RequestBodyLimitIT {

    @LocalServerPort
    int port;

    /** A raw POST that declares 200 MB is answered 413 after a few kilobytes, not read into memory first. */
    @Test
    void a_body_declared_larger_than_the_upload_limit_is_refused_before_it_is_read() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /VAADIN/dynamic/resource/0/upload HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                            + "Content-Type: application/octet-stream\r\nContent-Length: " + 200L * 1024 * 1024
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[8192]);
            out.flush();
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }
}
