package nl.traineeplanner.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TraineeplannerApplication {

    public static void main(String[] args) {
        SpringApplication.run(TraineeplannerApplication.class, args);
    }
}
