package kr.innotrack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InnotrackApplication {

    public static void main(String[] args) {
        SpringApplication.run(InnotrackApplication.class, args);
    }
}
